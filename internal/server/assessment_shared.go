package server

import (
	"context"
	"net/http"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// The share link's loaders: a draft has nothing to show yet, so its share
// link is not found until the assessment is finished.

// finishedResult reads what the share page shows, page-sized.
func finishedResult(st *store.Store) func(context.Context, string) (store.SharedResult, error) {
	return func(ctx context.Context, shareID string) (store.SharedResult, error) {
		res, err := st.SharedResultByShareID(ctx, shareID)
		if err == nil && res.Page == nil {
			return store.SharedResult{}, store.ErrNotFound
		}
		return res, err
	}
}

// finishedAssessment reads the whole assessment, for the share download.
func finishedAssessment(st *store.Store) func(context.Context, string) (store.Assessment, error) {
	return func(ctx context.Context, shareID string) (store.Assessment, error) {
		a, err := st.AssessmentByShareID(ctx, shareID)
		if err == nil && a.Result == nil {
			return store.Assessment{}, store.ErrNotFound
		}
		return a, err
	}
}

// handleAssessmentShared is the read-only share view. One database round
// trip, which reads the page-sized snapshot rather than the full one.
func handleAssessmentShared(rs *responder, cfg config.Config, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		res := viewed[store.SharedResult](r)
		snap := *res.Page
		answers := sharedAnswers(def, resultAnswers(res.Answers, snap), res.HideFreeText)
		v := resultView(def, snap, answers, res.HideFreeText, "")
		v.OlderModel = snap.ModelVersion != scoring.ModelVersion
		path := assessmentViewPath(res.ShareID)
		v.ExportURL = exportPath(path)
		v.Social = socialMeta(snap, origin(cfg, r)+path)
		rs.render(w, r, http.StatusOK, web.ResultPage(v))
	}
}
