package server

import (
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
)

// resultAnswers are the answers a result was made from: the snapshot's own
// copy, or for results stored before snapshots carried one, the row's.
func resultAnswers(row questionnaire.Answers, snap recommendation.Snapshot) questionnaire.Answers {
	answers := row
	if snap.Answers != nil {
		answers = snap.Answers
	}
	// Read as answers to today's questions, like a row the store reads: an
	// amount given before the country question was in US dollars, and shows
	// as given in the US. (Upgrading answers twice changes nothing.)
	if up, ok := questionnaire.Upgrade(snap.QuestionnaireVersion, answers); ok {
		return up
	}
	return answers
}

// sharedAnswers is what a share link may reveal, by allow-list: answers to
// the questions of def only, without free text when the owner hid it. Keys
// from older questionnaire versions are never passed through.
func sharedAnswers(def questionnaire.Definition, answers questionnaire.Answers, hideFreeText bool) questionnaire.Answers {
	out := questionnaire.Answers{}
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			if q.FreeText && hideFreeText {
				continue
			}
			if v := answers[q.ID]; len(v) > 0 {
				out[q.ID] = append([]string(nil), v...)
			}
		}
	}
	return out
}
