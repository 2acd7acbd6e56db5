package recommendation

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

func TestBuildKeepsWhatTheResultExplains(t *testing.T) {
	def := questionnaire.Default()
	a := scoring.Undecided()
	a[questionnaire.SkillProgramming] = []string{"5"}
	a[questionnaire.RiskPlatforms] = []string{"1"}
	a[questionnaire.GoalOutcomes] = []string{"own-business"}
	a[questionnaire.StyleContact] = []string{"1"}
	a[questionnaire.AIFascination] = []string{"5"}
	res := scoring.Score(def, a)
	s := Build(res, def.Version)
	raw, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back Snapshot
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `"kind":"skill"`) || !strings.Contains(string(raw), `"kind":"base"`) {
		t.Errorf("kinds are not stored by name: %.300s", raw)
	}
	// The store reads snapshots with jsonv2: kinds survive it too.
	var backV2 Snapshot
	if err := jsonv2.Unmarshal(raw, &backV2); err != nil || !reflect.DeepEqual(backV2.Paths, back.Paths) {
		t.Fatalf("jsonv2 reads the snapshot differently: %v", err)
	}
	if len(back.TrackLines) != 3 || !reflect.DeepEqual(back.Overruled, res.Overruled) || !reflect.DeepEqual(back.Costs, res.Costs) {
		t.Errorf("track lines %d, overruled %+v (want %+v), costs %v", len(back.TrackLines), back.Overruled, res.Overruled, back.Costs)
	}
	for i, p := range back.Paths {
		for j, c := range p.Contributions {
			if want := res.Paths[i].Contributions[j]; c.Kind != want.Kind || c.Kind == scoring.PartNone {
				t.Fatalf("%s contribution %d: %+v, want %+v", p.ID, j, c, want)
			}
		}
	}
}

// TestOlderSnapshotsExplainThemselves: a model-2 tie reads its rule from
// its own contributions, and model-1 and model-2 reasons get their kind.
func TestOlderSnapshotsExplainThemselves(t *testing.T) {
	facts := &PathFacts{LearningCurve: 2, UpfrontInvestment: 1, TimeToFirstIncome: 2}
	held := Snapshot{ModelVersion: "crossroads-score/2", Close: &Close{Kind: scoring.Tie},
		Paths: []PathFit{
			{ID: "a", Score: 100, Facts: facts, Contributions: []Contribution{{Factor: "base", Points: 50}, {Factor: "skill:writing", Points: 60}, {Factor: "clamp", Points: -10}}},
			{ID: "b", Score: 100, Facts: facts, Contributions: []Contribution{{Factor: "base", Points: 50}, {Factor: "skill:writing", Points: 55}, {Factor: "clamp", Points: -5}}},
		}}
	if got := held.TieBreak(); got != scoring.TieBreakSum {
		t.Errorf("model-2 tie broken by %q, want the sum before holding", got)
	}
	held.Paths[1].Contributions[1].Points = 60
	held.Paths[1].Contributions[2].Points = -10
	held.Paths[1].Facts = &PathFacts{LearningCurve: 3, UpfrontInvestment: 1, TimeToFirstIncome: 2}
	if got := held.TieBreak(); got != scoring.TieBreakBarrier {
		t.Errorf("model-2 tie broken by %q, want the barrier", got)
	}
	held.Close.TieBreak = scoring.TieBreakOrder
	if got := held.TieBreak(); got != scoring.TieBreakOrder {
		t.Errorf("a stored rule is not used: %q", got)
	}
	for _, tt := range []struct {
		c     Contribution
		kind  scoring.PartKind
		skill catalog.Skill
	}{
		{Contribution{Label: "Base score", Points: 40}, scoring.PartBase, ""},
		{Contribution{Label: "Writing", Points: 5}, scoring.PartAnswer, ""},
		{Contribution{Factor: "skill:analytics", Points: 5}, scoring.PartSkill, catalog.Analytics},
		{Contribution{Factor: "clamp", Points: -3}, scoring.PartHeld, ""},
		{Contribution{Factor: "x", Kind: scoring.PartField, Points: 3}, scoring.PartField, ""},
	} {
		if k, s := tt.c.PartKind(); k != tt.kind || s != tt.skill {
			t.Errorf("%+v: %s %s, want %s %s", tt.c, k, s, tt.kind, tt.skill)
		}
	}
	answers := map[string][]string{"skill-writing": {"3"}}
	if (Contribution{Factor: "skill:writing", Points: 4, Path: 4}).IsFitReason(answers) {
		t.Error("a skill short of the need counted as a reason the path fits")
	}
	if !(Contribution{Factor: "skill:writing", Points: 4, Path: 3}).IsFitReason(answers) {
		t.Error("a skill that meets the need is no reason")
	}
	if (Contribution{Factor: "barrier", Points: 1}).IsFitReason(answers) || !(Contribution{Factor: "goal-autonomy", Points: 2}).IsFitReason(answers) {
		t.Error("barrier or answer misread")
	}
}
