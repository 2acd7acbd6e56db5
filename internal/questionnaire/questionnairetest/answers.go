// Package questionnairetest holds test helpers that need only the
// questionnaire, so any package's tests (even the server's own) can use them.
package questionnairetest

import (
	"net/url"
	"strconv"
	"testing"

	"github.com/crossroads/crossroads/internal/questionnaire"
)

// CompleteAnswers is one complete, valid assessment: every page passes the
// questionnaire's own validation, free text included.
func CompleteAnswers(tb testing.TB, def questionnaire.Definition) questionnaire.Answers {
	tb.Helper()
	answers := questionnaire.Answers{}
	for _, sec := range def.Sections {
		form := url.Values{}
		for i, q := range sec.Questions {
			switch q.Kind {
			case questionnaire.Scale:
				form[q.ID] = []string{strconv.Itoa(q.Min + (i+2)%(q.Max-q.Min+1))}
			case questionnaire.Number:
				form[q.ID] = []string{strconv.Itoa(q.Min + (q.Max-q.Min)/8)}
			case questionnaire.Single:
				form[q.ID] = []string{q.Options[i%len(q.Options)].Value}
			case questionnaire.Multi:
				form[q.ID] = []string{q.Options[0].Value, q.Options[len(q.Options)-1].Value}
			default:
				form[q.ID] = []string{"Ten years in hospital logistics and scheduling"}
			}
		}
		page, errs := sec.Validate(form)
		if len(errs) > 0 {
			tb.Fatalf("page %s: %v", sec.ID, errs)
		}
		answers = answers.With(sec, page)
	}
	if !def.Complete(answers) {
		tb.Fatal("bench answers are incomplete")
	}
	return answers
}
