package compare

import (
	"encoding/json"
	"math"
	"slices"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// TestRulesNameQuestionsOfTheQuestionnaire: a rule whose question does not
// exist would silently weigh its axis as neutral for everyone.
func TestRulesNameQuestionsOfTheQuestionnaire(t *testing.T) {
	def := questionnaire.Default()
	axes := map[string]bool{}
	for _, a := range catalog.Axes() {
		axes[a.ID] = true
	}
	for _, r := range Rules() {
		if !axes[r.Axis] {
			t.Errorf("rule for unknown axis %q", r.Axis)
		}
		if r.Question == "" {
			continue
		}
		q, ok := def.Question(r.Question)
		if !ok {
			t.Errorf("axis %s is weighted by %q, which the questionnaire does not ask", r.Axis, r.Question)
			continue
		}
		// signal reads these answers; a question of another kind would always be neutral.
		switch r.Question {
		case questionnaire.GoalUrgency:
			for _, v := range []string{"month", "quarter", "year", "later"} {
				if _, ok := q.OptionLabel(v); !ok {
					t.Errorf("%s has no option %q, which signal reads", q.ID, v)
				}
			}
		case questionnaire.Budget:
			if q.Kind != questionnaire.Number {
				t.Errorf("%s is not a number question", q.ID)
			}
		default:
			if q.Kind != questionnaire.Scale || q.Min != 1 || q.Max != 5 {
				t.Errorf("%s is not a 1–5 scale, which signal reads it as", q.ID)
			}
		}
	}
}

// TestInputsAgreeWithTheProjection: the input table's keys and bounds are
// projection.Validate's, and every input reads and writes its own field.
func TestInputsAgreeWithTheProjection(t *testing.T) {
	both := Comparison{Paths: []string{referenceRatePath, referenceSalaryPath}}
	seen := map[string]bool{}
	for i, in := range Inputs() {
		if seen[in.Key] {
			t.Errorf("input %q declared twice", in.Key)
		}
		seen[in.Key] = true
		if in.Label == "" || (in.Unit == "" && !in.Money) {
			t.Errorf("input %q has no label or unit", in.Key)
		}
		c := both
		in.Set(&c, in.Max)
		if got := in.Value(c); got != in.Max {
			t.Errorf("%s: set %v, read %v", in.Key, in.Max, got)
		}
		for j, other := range Inputs() {
			if j != i && other.Value(c) != 0 {
				t.Errorf("setting %s changed %s", in.Key, other.Key)
			}
		}
		if errs := projection.Validate(c.Projection()); errs[in.Key] != "" {
			t.Errorf("%s = its Max %v is refused: %s", in.Key, in.Max, errs[in.Key])
		}
		over := both
		in.Set(&over, in.Max+1)
		if errs := projection.Validate(over.Projection()); errs[in.Key] == "" {
			t.Errorf("%s = Max+1 (%v) is accepted; the table's bound is not the projection's", in.Key, in.Max+1)
		}
	}
	// Every key projection.Validate reports for a value is an input.
	bad := both
	bad.Goal, bad.JobGoal, bad.TakeHome, bad.Hustle, bad.Job = math.NaN(), -1, -1, projection.SideHustle{
		HoursPerWeek: -1, BillablePct: -1, WeeksOffPerYear: -1, StartRate: -1, RampedRate: -1, RampMonths: -1, RetainerPerMonth: -1,
		PlatformFeePct: -1, TaxPct: -1, UpfrontCost: -1, MonthlyCost: -1,
	}, projection.Job{SalaryPerYear: -1, LearningMonths: -1, LearningCost: -1, TaxPct: -1}
	errs := projection.Validate(bad.Projection())
	for k := range errs {
		if !seen[k] {
			t.Errorf("projection.Validate checks %q, which no input declares", k)
		}
	}
	if len(errs) != len(Inputs()) {
		t.Errorf("%d of %d inputs refused a negative value", len(errs), len(Inputs()))
	}
}

func TestNewStartsEveryInputAtItsDefault(t *testing.T) {
	c, d := New([]string{"copywriting", "prompt-engineer"}, questionnaire.Answers{questionnaire.HustleHours: {"15"}, questionnaire.IncomeGoal: {"3000"}})
	for _, in := range Inputs() {
		if got, want := in.Value(c), d.For(in.Key).Value; got != want {
			t.Errorf("%s starts at %v; its default is %v", in.Key, got, want)
		}
		if d.For(in.Key).Note == "" {
			t.Errorf("%s has no note saying where its default comes from", in.Key)
		}
	}
	if c.Hustle.HoursPerWeek != 15 || c.Goal != 3000 {
		t.Errorf("answers not used: %+v", c)
	}
	if hp, _ := c.HustlePath(); hp.ID != "copywriting" {
		t.Errorf("hustle path %q", hp.ID)
	}
	if jp, _ := c.JobPath(); jp.ID != "prompt-engineer" {
		t.Errorf("job path %q", jp.ID)
	}
}

func TestOnlyChosenModesCountInTheProjection(t *testing.T) {
	hustleOnly := Comparison{Paths: []string{"copywriting", "seo-consulting"}}
	in := hustleOnly.Projection()
	if in.Hustle == nil || in.Job != nil {
		t.Errorf("two side hustles project %+v", in)
	}
	for _, input := range Inputs() {
		if want := input.Group != GroupJob; input.Counts(hustleOnly) != want {
			t.Errorf("%s counts = %v with no job chosen", input.Key, !want)
		}
	}
}

func TestDefaultPaths(t *testing.T) {
	tests := []struct {
		name      string
		ranked    []string
		requested string
		want      []string
	}{
		{"no assessment: the paths with published figures", nil, "", []string{"seo-consulting", "prompt-engineer"}},
		{"no assessment, a path asked for leads", nil, "copywriting", []string{"copywriting", "seo-consulting", "prompt-engineer"}},
		{"no assessment, an unknown path is ignored", nil, "nope", []string{"seo-consulting", "prompt-engineer"}},
		{"no assessment, a reference path asked for", nil, "prompt-engineer", []string{"seo-consulting", "prompt-engineer"}},
		{"best per track, in track order", []string{"prompt-engineer", "custom-chatbots", "copywriting", "seo-consulting"}, "",
			[]string{"copywriting", "prompt-engineer", "custom-chatbots"}},
		{"the requested path replaces its track's best", []string{"prompt-engineer", "custom-chatbots", "copywriting"}, "seo-consulting",
			[]string{"seo-consulting", "prompt-engineer", "custom-chatbots"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DefaultPaths(tt.ranked, tt.requested); !slices.Equal(got, tt.want) {
				t.Errorf("DefaultPaths(%v, %q) = %v; want %v", tt.ranked, tt.requested, got, tt.want)
			}
		})
	}
}

// TestAComparisonSavedBeforeTheBillableShareBillsEveryHour: an older stored
// comparison has no billable share; it keeps projecting every hour as billed
// instead of dropping to nothing.
func TestAComparisonSavedBeforeTheBillableShareBillsEveryHour(t *testing.T) {
	var old Comparison
	if err := json.Unmarshal([]byte(`{"paths":["seo-consulting","prompt-engineer"],"goal_per_month":1000,"hustle":{"hours_per_week":10,"start_rate":50,"ramped_rate":50}}`), &old); err != nil {
		t.Fatal(err)
	}
	if old.Hustle.BillablePct != 100 || old.Hustle.HoursPerWeek != 10 {
		t.Errorf("old comparison reads as %+v; want every hour billed", old.Hustle)
	}
	var now Comparison
	if err := json.Unmarshal([]byte(`{"hustle":{"billable_pct":60}}`), &now); err != nil || now.Hustle.BillablePct != 60 {
		t.Errorf("a stored share of 60%% reads as %v (%v)", now.Hustle.BillablePct, err)
	}
}
