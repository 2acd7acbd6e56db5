package server

import (
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handlePlanCheckIn re-opens the questionnaire with the last answers
// filled in. It copies the assessment the plan follows rather than editing
// it: a plan holds only that assessment's share link (anyone it was sent to
// can make one), and a share link must never become a way to rewrite
// someone's answers. The copy is the owner's, with its own private link;
// the plan follows it from now on, keeps its progress, and takes the
// result it followed until now as the baseline for "what changed". Free
// text the assessment hides from its share link is not copied.
func handlePlanCheckIn(rs *responder, st *store.Store, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, _ := owner[store.Plan](r)
		now := time.Now().UTC()
		c := store.CheckIn{QuestionnaireVersion: def.Version, Answers: p.Data.Answers.Clone(), PathID: p.Data.PathID, Baseline: p.Data.Baseline, At: now}
		if a := p.Assessment; a != nil {
			c.Answers, c.SetAside, c.HideFreeText = a.Answers.Clone(), a.SetAside, a.HideFreeText
			if a.Result != nil {
				c.Baseline = plan.Summarize(*a.Result, p.Data.PathID, now)
			}
		}
		if c.HideFreeText {
			c.Answers = withoutFreeText(def, c.Answers)
		}
		if c.Answers == nil {
			c.Answers = questionnaire.Answers{}
		}
		c.Inputs = plan.Inputs(c.Answers)
		if def.Complete(c.Answers) {
			snap := scoreAnswers(def, c.Answers, c.SetAside)
			c.Result = &store.Result{ModelVersion: snap.ModelVersion, Snapshot: snap, SetAside: c.SetAside}
		}
		secret, hash := capability.NewSecret()
		c.EditHash, c.ShareID = hash, capability.NewShareID()
		// The copy is a new document: like every create, it is refused
		// when the write limit could not count it.
		err := writeUncounted(r)
		if err == nil {
			err = st.CheckInPlan(r.Context(), p.ID, c)
		}
		if err != nil {
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, web.AssessmentStepPath(secret, 1)+web.AfterCreated, http.StatusSeeOther)
	}
}

// withoutFreeText drops the answers in the person's own words.
func withoutFreeText(def questionnaire.Definition, a questionnaire.Answers) questionnaire.Answers {
	out := a.Clone()
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			if q.FreeText {
				delete(out, q.ID)
			}
		}
	}
	return out
}
