package server

import (
	"context"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/card"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// The share link's loaders: a draft has nothing to show yet, so its share
// link is not found until the assessment is finished.

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

// assessmentShared is the read-only share view of a finished result,
// rendered once per content version (sharePages).
func assessmentShared(st *store.Store, def questionnaire.Definition) sharedView[store.SharedResult] {
	return sharedView[store.SharedResult]{
		kind: store.KindAssessment,
		read: st.SharedResultWithPage,
		path: web.AssessmentViewPath,
		page: func(res store.SharedResult, links shareLinks) templ.Component {
			snap := *res.Result
			answers := sharedAnswers(def, resultAnswers(res.Answers, snap), res.HideFreeText)
			v := web.ResultView(def, snap, answers, scoring.Viewer, res.HideFreeText, "")
			v.OlderModel = snap.ModelVersion != scoring.ModelVersion
			v.ExportURL = web.ExportPath(web.AssessmentViewPath(res.ShareID))
			meta := web.SocialMeta(snap)
			v.Social = links.social(meta.Title, meta.Description, web.ResultCard(snap))
			return web.ResultPage(v)
		},
		card: func(res store.SharedResult) card.Card { return web.ResultCard(*res.Result) },
	}
}
