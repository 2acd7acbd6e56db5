package server

import (
	"strings"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
)

// scoreAnswers runs the scoring model and freezes its result together with
// the answers it was made from, so a result page never pairs old scores
// with newer answers. setAside are the paths the owner ruled out.
func scoreAnswers(def questionnaire.Definition, answers questionnaire.Answers, setAside []string) recommendation.Snapshot {
	return scoreLifting(def, answers, setAside, nil)
}

// scoreLifting is scoreAnswers with must-haves lifted: the ranking the
// owner asks to see without them, which is shown and never saved.
func scoreLifting(def questionnaire.Definition, answers questionnaire.Answers, setAside, lift []string) recommendation.Snapshot {
	snap := recommendation.Build(scoring.ScoreWith(def, answers, scoring.Options{SetAside: setAside, Lift: lift}), def.Version)
	snap.Answers = answers.Clone()
	return snap
}

// liftedMustHaves reads the result page's ?lift=: the known must-have IDs
// it names, each once, in model order; anything else is ignored.
func liftedMustHaves(query string) []string {
	var out []string
	for _, id := range []string{scoring.MustSteadyIncome, scoring.MustOwnPlatforms, scoring.MustKeepJob} {
		for _, asked := range strings.Split(query, ",") {
			if asked == id {
				out = append(out, id)
				break
			}
		}
	}
	return out
}
