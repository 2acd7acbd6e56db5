package server

import (
	"errors"
	"net/http"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// comparisonFormPage re-shows a posted comparison with its problems (422)
// or with "not saved" (503), keeping every value as typed.
func comparisonFormPage(rs *responder, w http.ResponseWriter, r *http.Request, status int, action string,
	s comparisonState, typed, errs map[string]string, answers questionnaire.Answers, assessmentShareID string) {
	v := comparisonView(s, answers)
	if len(errs) > 0 {
		v.Projection = nil // a projection of invalid inputs would mislead
	}
	v.Form = new(web.ComparisonForm)
	*v.Form, v.Errors = comparisonFormView(action, "Save and update the comparison", s, typed, errs, compare.Defaults(catalogPaths(s.Paths), answers), assessmentShareID)
	if status == http.StatusServiceUnavailable {
		v.NotSaved = true
		w.Header().Set("Retry-After", "30")
	}
	rs.render(w, r, status, web.ComparisonPage(v))
}

// handleComparisonCreate saves a new comparison and hands out its links.
func handleComparisonCreate(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		s, typed, errs := decodeComparison(r.PostForm)
		shareID := r.PostForm.Get("assessment")
		var answers questionnaire.Answers
		if capability.ValidShareID(shareID) {
			a, err := st.AssessmentByShareID(r.Context(), shareID)
			switch {
			case err == nil:
				answers = a.Answers
			case errors.Is(err, store.ErrNotFound):
				shareID = ""
			default:
				comparisonFormPage(rs, w, r, http.StatusServiceUnavailable, "/comparisons", s, typed, nil, nil, shareID)
				return
			}
		} else {
			shareID = ""
		}
		if len(errs) > 0 {
			comparisonFormPage(rs, w, r, http.StatusUnprocessableEntity, "/comparisons", s, typed, errs, answers, shareID)
			return
		}
		secret, hash := capability.NewSecret()
		if err := st.CreateComparison(r.Context(), hash, capability.NewShareID(), shareID, s); err != nil {
			if errors.Is(err, store.ErrUnavailable) {
				comparisonFormPage(rs, w, r, http.StatusServiceUnavailable, "/comparisons", s, typed, nil, answers, shareID)
				return
			}
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, comparisonEditPath(secret)+"?saved=new", http.StatusSeeOther)
	}
}

// handleComparisonEdit is the owner's comparison page. One round trip.
func handleComparisonEdit(rs *responder, st *store.Store, cfg config.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, s, secret, ok := loadOwnComparison(rs, st, w, r)
		if !ok {
			return
		}
		base := comparisonEditPath(secret)
		v := comparisonView(s, c.AssessmentAnswers)
		v.Form = new(web.ComparisonForm)
		*v.Form, _ = comparisonFormView(base, "Save and update the comparison", s, nil, nil, compare.Defaults(catalogPaths(s.Paths), c.AssessmentAnswers), "")
		if c.AssessmentShareID != nil {
			v.AssessmentURL = assessmentSharePath(*c.AssessmentShareID)
		}
		v.EditURL = origin(cfg, r) + base
		v.JustCreated = r.URL.Query().Get("saved") == "new"
		v.Owner = &web.OwnerControls{
			What:          "comparison",
			EditURL:       origin(cfg, r) + base,
			ShareURL:      origin(cfg, r) + comparisonSharePath(c.ShareID),
			RegenerateURL: base + "/share",
			DeleteURL:     base + "/delete",
			ExportURL:     base + "/export.json",
			ShareReplaced: r.URL.Query().Get("done") == "share",
		}
		rs.render(w, r, http.StatusOK, web.ComparisonPage(v))
	}
}

// handleComparisonSave stores changes. A valid form costs one round trip;
// an invalid one reads the comparison once to show it again.
func handleComparisonSave(rs *responder, st *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		secret, ok := urlSecret(rs, w, r)
		if !ok {
			return
		}
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		base := comparisonEditPath(secret)
		s, typed, errs := decodeComparison(r.PostForm)
		if len(errs) > 0 {
			c, err := st.ComparisonByEditHash(r.Context(), capability.Hash(secret))
			if err != nil && !errors.Is(err, store.ErrUnavailable) {
				rs.fail(w, r, err)
				return
			}
			comparisonFormPage(rs, w, r, http.StatusUnprocessableEntity, base, s, typed, errs, c.AssessmentAnswers, "")
			return
		}
		if err := st.UpdateComparisonByEditHash(r.Context(), capability.Hash(secret), s); err != nil {
			if errors.Is(err, store.ErrUnavailable) {
				comparisonFormPage(rs, w, r, http.StatusServiceUnavailable, base, s, typed, nil, nil, "")
				return
			}
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, base+"?done=saved#projection-heading", http.StatusSeeOther)
	}
}
