package compare

import (
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

func paths(t *testing.T, ids ...string) []catalog.Path {
	t.Helper()
	var out []catalog.Path
	for _, id := range ids {
		out = append(out, mustPath(t, id))
	}
	return out
}

func TestJudgeNamesTheLeaderTheMarginAndWhatItIsMadeOf(t *testing.T) {
	t.Parallel()
	stability := questionnaire.Answers{questionnaire.GoalStability: {"5"}, questionnaire.AILearningCurve: {"1"}, questionnaire.Budget: {"0"}}
	v, ok := Judge(paths(t, "prompt-engineer", "seo-consulting"), stability)
	if !ok {
		t.Fatal("two paths, no verdict")
	}
	if v.Ranked[0].PathID != "seo-consulting" {
		t.Errorf("someone who values stability, shuns a steep learning curve and has no budget: %s leads, want SEO consulting", v.Ranked[0].PathID)
	}
	if v.Margin != v.Ranked[0].Score-v.Ranked[1].Score || v.Close != (v.Margin <= CloseMargin) {
		t.Errorf("margin %d, close %v for %d vs %d", v.Margin, v.Close, v.Ranked[0].Score, v.Ranked[1].Score)
	}
	if len(v.Deciding) == 0 || len(v.Deciding) > 2 || v.Deciding[0].Points <= 0 {
		t.Fatalf("deciding axes %+v", v.Deciding)
	}
	sum := 0
	for i, a := range v.Ranked[0].Breakdown {
		sum += a.Points - v.Ranked[1].Breakdown[i].Points
	}
	if sum != v.Margin || v.Deciding[0].Points > v.Margin+maxLoss(v) {
		t.Errorf("the axes' differences sum to %d, the margin is %d", sum, v.Margin)
	}
	if _, ok := Judge(paths(t, "seo-consulting"), nil); ok {
		t.Error("one path judged")
	}
}

func maxLoss(v Verdict) int {
	loss := 0
	for i, a := range v.Ranked[0].Breakdown {
		if d := v.Ranked[1].Breakdown[i].Points - a.Points; d > 0 {
			loss += d
		}
	}
	return loss
}

// A tip is real: answering as it says does put its path ahead.
func TestJudgesTipChangesTheLeader(t *testing.T) {
	t.Parallel()
	found := 0
	for _, pair := range [][]string{{"prompt-engineer", "seo-consulting"}, {"seo-consulting", "copywriting"}, {"custom-chatbots", "custom-models"}, {"ai-ethics-specialist", "ai-micro-saas", "ml-engineer-generative"}} {
		for _, a := range []questionnaire.Answers{nil, {questionnaire.GoalStability: {"3"}, questionnaire.RiskPlatforms: {"3"}}} {
			v, _ := Judge(paths(t, pair...), a)
			if v.Tip == nil {
				continue
			}
			found++
			changed := a.Clone()
			if changed == nil {
				changed = questionnaire.Answers{}
			}
			changed[v.Tip.Question] = []string{v.Tip.Value}
			after, _ := Judge(paths(t, pair...), changed)
			if after.Ranked[0].PathID != v.Tip.Leader || after.Ranked[0].PathID == v.Ranked[0].PathID || after.Margin != v.Tip.Margin {
				t.Errorf("%v: tip %+v, but answering so ranks %s first by %d", pair, v.Tip, after.Ranked[0].PathID, after.Margin)
			}
			if v.Tip.Label == "" {
				t.Errorf("tip without its axis's name: %+v", v.Tip)
			}
		}
	}
	if found < 2 {
		t.Errorf("%d comparisons in the table have a tip: the close calls among them should", found)
	}
	// A clear lead that no single answer overturns has no tip.
	if v, _ := Judge(paths(t, "prompt-engineer", "seo-consulting"), nil); v.Tip != nil && v.Margin > 20 {
		t.Errorf("a %d-point lead overturned by one answer: %+v", v.Margin, v.Tip)
	}
}

func FuzzJudge(f *testing.F) {
	f.Add(0, 5, 10, "3", "month", "500", "2")
	f.Add(3, 3, 3, "\xff", "", "-1", "9")
	f.Fuzz(func(t *testing.T, i, j, k int, stability, urgency, budget, platforms string) {
		all := catalog.All()
		pick := func(n int) catalog.Path { return all[int(uint(n)%uint(len(all)))] }
		ps := []catalog.Path{pick(i), pick(j), pick(k)}
		a := questionnaire.Answers{questionnaire.GoalStability: {stability}, questionnaire.GoalUrgency: {urgency},
			questionnaire.Budget: {budget}, questionnaire.RiskPlatforms: {platforms}}
		v, ok := Judge(ps, a)
		if !ok || v.Margin < 0 || len(v.Ranked) != 3 || len(v.Deciding) > 2 || v.Close != (v.Margin <= CloseMargin) {
			t.Fatalf("%+v", v)
		}
		if v.Tip != nil && (v.Tip.Leader == v.Ranked[0].PathID || v.Tip.Margin <= 0) {
			t.Fatalf("a tip that changes nothing: %+v", v.Tip)
		}
	})
}
