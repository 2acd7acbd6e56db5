package server

import (
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
)

// scoreAnswers runs the scoring model and freezes its result.
func scoreAnswers(def questionnaire.Definition, answers questionnaire.Answers) recommendation.Snapshot {
	return recommendation.Build(scoring.Score(def, answers), def.Version)
}
