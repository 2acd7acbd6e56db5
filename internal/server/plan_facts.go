package server

import (
	"time"

	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
)

// today is the current day as the plans count days: midnight UTC.
func today() time.Time {
	y, m, d := time.Now().UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// planFacts are what a stored plan's steps read: the answers of the
// assessment it follows, or, when that link is gone, the answers it kept.
func planFacts(def questionnaire.Definition, p store.Plan) plan.Facts {
	if a := p.Assessment; a != nil {
		return plan.FactsOf(def, a.Answers, a.CanvasStarted)
	}
	return plan.FactsOf(def, p.Data.Answers, false)
}
