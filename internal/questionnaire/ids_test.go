package questionnaire

import (
	"regexp"
	"testing"
)

// TestEveryQuestionHasAnIDConstant keeps ids.go and Default in step: a
// question added without a constant, or a constant left behind by a
// removed question, fails here.
func TestEveryQuestionHasAnIDConstant(t *testing.T) {
	constants := []string{
		Country, HustleHours, DayJobHours, DayJob, IncomeGoal, JobPayGoal, TakeHome, Runway, Budget,
		SkillWriting, SkillPersuasion, SkillAnalytics, SkillProgramming, SkillMaths,
		SkillClient, SkillPrompting, SkillEthics, SkillDomain, DomainField, DomainName,
		StyleContact, StyleVariety, StyleAbstraction, StyleResults, StyleCreative,
		GoalAutonomy, GoalIncome, GoalLearning, GoalStability, GoalUrgency, GoalOutcomes, GoalThreeYears,
		AIFascination, AILearningCurve, AITools,
		RiskTolerance, RiskPlatforms, RiskChange,
	}
	def := Default()
	named := map[string]bool{}
	for _, id := range constants {
		if named[id] {
			t.Errorf("constant %q is declared twice", id)
		}
		named[id] = true
		if _, ok := def.Question(id); !ok {
			t.Errorf("constant %q names no question of the default questionnaire", id)
		}
	}
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			if !named[q.ID] {
				t.Errorf("question %q has no ID constant in ids.go", q.ID)
			}
		}
	}
}

// TestEveryQuestionHasANeutralSummary: the share view lists answers by these
// summaries, so each must exist and must not address the reader.
func TestEveryQuestionHasANeutralSummary(t *testing.T) {
	second := regexp.MustCompile(`(?i)\b(you|your|yours)\b`)
	for _, s := range Default().Sections {
		if _, ok := sectionSummaries[s.ID]; !ok || second.MatchString(s.Summary()) {
			t.Errorf("section %s: summary %q missing or in the second person", s.ID, s.Summary())
		}
		for _, q := range s.Questions {
			if _, ok := questionSummaries[q.ID]; !ok || second.MatchString(q.Summary()) {
				t.Errorf("question %s: summary %q missing or in the second person", q.ID, q.Summary())
			}
		}
	}
}
