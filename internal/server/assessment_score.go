package server

import (
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
)

// scoreAnswers runs the scoring model and freezes its result together with
// the answers it was made from, so a result page never pairs old scores
// with newer answers. setAside are the paths the owner ruled out.
func scoreAnswers(def questionnaire.Definition, answers questionnaire.Answers, setAside []string) recommendation.Snapshot {
	snap := recommendation.Build(scoring.ScoreSettingAside(def, answers, setAside), def.Version)
	snap.Answers = answers.Clone()
	return snap
}
