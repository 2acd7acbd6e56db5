package server

import (
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleComparisonShareRegenerate replaces the share id; the old link 404s.
// It needs nothing from the stored comparison, so it is one statement.
func handleComparisonShareRegenerate(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		secret, ok := urlSecret(rs, w, r)
		if !ok {
			return
		}
		if err := st.ReplaceComparisonShareID(r.Context(), capability.Hash(secret), capability.NewShareID()); err != nil {
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, comparisonEditPath(secret)+"?done=share#sharing", http.StatusSeeOther)
	}
}

// handleComparisonDeleteConfirm asks before deleting. It only checks the
// comparison exists, so even one whose data could not be read can be deleted.
func handleComparisonDeleteConfirm(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		secret, ok := urlSecret(rs, w, r)
		if !ok {
			return
		}
		if _, err := st.ComparisonByEditHash(r.Context(), capability.Hash(secret)); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.DeleteConfirmPage(web.DeleteConfirm{
			What: "comparison", Action: comparisonEditPath(secret) + "/delete", CancelURL: comparisonEditPath(secret),
		}))
	}
}

// handleComparisonDelete removes the comparison for good, in one statement.
func handleComparisonDelete(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		secret, ok := urlSecret(rs, w, r)
		if !ok {
			return
		}
		if err := st.DeleteComparisonByEditHash(r.Context(), capability.Hash(secret)); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.Deleted("comparison"))
	}
}

// comparisonExport is the downloadable JSON copy of a comparison.
type comparisonExport struct {
	Kind       string          `json:"kind"`
	ExportedAt time.Time       `json:"exported_at"`
	CreatedAt  *time.Time      `json:"created_at,omitempty"`
	UpdatedAt  *time.Time      `json:"updated_at,omitempty"`
	ShareURL   string          `json:"share_url,omitempty"`
	Comparison comparisonState `json:"comparison"`
}

// handleComparisonExport downloads everything stored about the comparison.
func handleComparisonExport(rs *responder, st *store.Store, cfg config.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, s, _, ok := loadOwnComparison(rs, st, w, r)
		if !ok {
			return
		}
		rs.writeJSONDownload(w, r, "crossroads-comparison.json", comparisonExport{
			Kind: "crossroads-comparison", ExportedAt: time.Now().UTC(), CreatedAt: &c.CreatedAt, UpdatedAt: &c.UpdatedAt,
			ShareURL: origin(cfg, r) + comparisonSharePath(c.ShareID), Comparison: s,
		})
	}
}

// handleComparisonShared is the read-only share view. One round trip.
func handleComparisonShared(rs *responder, st *store.Store, cfg config.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, s, ok := loadSharedComparison(rs, st, w, r)
		if !ok {
			return
		}
		v := comparisonView(s, c.AssessmentAnswers)
		path := comparisonSharePath(c.ShareID)
		v.ExportURL = path + "/export.json"
		v.Assumptions = assumptionLines(s)
		// The preview never carries the owner's own figures, such as their goal.
		v.Social = &web.Social{Title: v.Title, URL: origin(cfg, r) + path,
			Description: "Side by side on the same axes, with a source for every figure and a month-by-month income projection."}
		w.Header().Set("Cache-Control", "private, no-cache")
		rs.render(w, r, http.StatusOK, web.ComparisonPage(v))
	}
}

// handleComparisonSharedExport downloads what the share view shows.
func handleComparisonSharedExport(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, s, ok := loadSharedComparison(rs, st, w, r)
		if !ok {
			return
		}
		rs.writeJSONDownload(w, r, "crossroads-comparison.json", comparisonExport{
			Kind: "crossroads-shared-comparison", ExportedAt: time.Now().UTC(), Comparison: s,
		})
	}
}
