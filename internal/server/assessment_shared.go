package server

import (
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// finishedSnapshot decodes the snapshot a share read found; a draft has
// nothing to show yet, so it is not found.
func finishedSnapshot(id int64, raw []byte, readErr error) (recommendation.Snapshot, error) {
	switch {
	case readErr != nil:
		return recommendation.Snapshot{}, readErr
	case raw == nil:
		return recommendation.Snapshot{}, store.ErrNotFound
	}
	return decodeSnapshot(id, raw)
}

// loadSharedAssessment resolves a share id to a finished assessment and
// its full decoded snapshot, writing the friendly 404, 503 or 500 itself.
func loadSharedAssessment(rs *responder, st *store.Store, w http.ResponseWriter, r *http.Request) (store.Assessment, recommendation.Snapshot, bool) {
	id, ok := sharedID(rs, w, r)
	if !ok {
		return store.Assessment{}, recommendation.Snapshot{}, false
	}
	a, err := st.AssessmentByShareID(r.Context(), id)
	snap, err := finishedSnapshot(a.ID, a.Result, err)
	if err != nil {
		rs.fail(w, r, err)
		return store.Assessment{}, recommendation.Snapshot{}, false
	}
	return a, snap, true
}

// handleAssessmentShared is the read-only share view. One database round
// trip, which reads the page-sized snapshot rather than the full one.
func handleAssessmentShared(rs *responder, st *store.Store, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, ok := sharedID(rs, w, r)
		if !ok {
			return
		}
		res, err := st.SharedResultByShareID(r.Context(), id)
		snap, err := finishedSnapshot(res.ID, res.Page, err)
		if err != nil {
			rs.fail(w, r, err)
			return
		}
		answers := sharedAnswers(def, resultAnswers(res.Answers, snap), res.HideFreeText)
		v := resultView(def, snap, answers, res.HideFreeText, "")
		v.OlderModel = snap.ModelVersion != scoring.ModelVersion
		path := assessmentSharePath(res.ShareID)
		v.ExportURL = path + "/export.json"
		v.Social = socialMeta(snap, origin(cfg, r)+path)
		w.Header().Set("Cache-Control", "private, no-cache")
		rs.render(w, r, http.StatusOK, web.ResultPage(v))
	}
}
