package scoring

import (
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/catalog/catalogtest"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// TestModelIsWhatScoreUses: the page reads Model(), Score reads model; they
// must be the same data, and a page cannot change what Score uses.
func TestModelIsWhatScoreUses(t *testing.T) {
	m := Model()
	if !reflect.DeepEqual(m, model) {
		t.Fatal("Model() differs from the model Score uses")
	}
	m.Tracks[0].Criteria[0].Points = 1000
	m.Thresholds.BurnoutHours = 1
	m.Warnings[0].Cite.Quote = "changed"
	if !reflect.DeepEqual(Model(), model) || model.Thresholds.BurnoutHours == 1 {
		t.Fatal("changing Model()'s result changed the scoring model")
	}
	if m.Version != ModelVersion {
		t.Errorf("version %q, want %q", m.Version, ModelVersion)
	}
}

func TestModelMatchesQuestionnaire(t *testing.T) {
	def := questionnaire.Default()
	used := map[string]bool{}
	ids := map[string]bool{}
	for _, d := range model.Dimensions {
		if ids[d.ID] || d.Name == "" || d.Description == "" || len(d.Inputs) == 0 {
			t.Errorf("dimension %q is repeated or incomplete", d.ID)
		}
		ids[d.ID] = true
		var weights float64
		for _, in := range d.Inputs {
			weights += in.Weight
			used[in.Question] = true
			q, ok := def.Question(in.Question)
			if !ok {
				t.Errorf("%s: input %q is not a question", d.ID, in.Question)
				continue
			}
			if in.How == "" {
				t.Errorf("%s: input %s does not say how it is read", d.ID, in.Question)
			}
			switch {
			case in.Option != "":
				if _, ok := q.OptionLabel(in.Option); q.Kind != questionnaire.Multi || !ok {
					t.Errorf("%s: %s is not a Multi question with option %q", d.ID, q.ID, in.Option)
				}
			case len(in.Choices) > 0:
				if q.Kind != questionnaire.Single || len(in.Choices) != len(q.Options) {
					t.Errorf("%s: %s must be a Single question with every option scored", d.ID, q.ID)
				}
				for _, c := range in.Choices {
					if _, ok := q.OptionLabel(c.Value); !ok || c.Score < 0 || c.Score > 1 {
						t.Errorf("%s: bad choice %+v for %s", d.ID, c, q.ID)
					}
				}
			case in.Cap > 0:
				if q.Kind != questionnaire.Number || in.Cap > q.Max {
					t.Errorf("%s: %s must be a Number question with Cap within its range", d.ID, q.ID)
				}
			default:
				if q.Kind != questionnaire.Scale {
					t.Errorf("%s: %s must be a Scale question", d.ID, q.ID)
				}
			}
		}
		if math.Abs(weights-1) > 1e-9 {
			t.Errorf("%s: input weights sum to %v, want 1", d.ID, weights)
		}
	}
	for _, si := range model.Paths.Skills {
		used[si.Question] = true
		if q, ok := def.Question(si.Question); !ok || q.Kind != questionnaire.Scale || q.Min != 1 || q.Max != 5 {
			t.Errorf("skill %s: %s must be a 1–5 scale question", si.Skill, si.Question)
		}
	}
	for _, s := range catalog.Skills() {
		if !slices.ContainsFunc(model.Paths.Skills, func(si SkillInput) bool { return si.Skill == s }) {
			t.Errorf("catalog skill %s has no question", s)
		}
	}
	for _, u := range model.Unscored {
		if _, ok := def.Question(u.Question); !ok || u.Why == "" {
			t.Errorf("unscored %q is not a question or has no reason", u.Question)
		}
		used[u.Question] = true
	}
	// The page must account for every question: scored, or listed as not.
	for _, q := range questions(def) {
		if !used[q.ID] {
			t.Errorf("question %s is neither scored nor listed as unscored", q.ID)
		}
	}
}

func TestTrackModels(t *testing.T) {
	dims := map[string]bool{}
	for _, d := range model.Dimensions {
		dims[d.ID] = true
	}
	var order []catalog.Track
	for _, tm := range model.Tracks {
		order = append(order, tm.Track)
		if tm.Base != 50 {
			t.Errorf("%s: base %v, want 50 so a neutral profile sits mid-range", tm.Track, tm.Base)
		}
		var points float64
		for _, c := range tm.Criteria {
			points += c.Points
			if !dims[c.Dimension] || c.Label == "" || c.Points <= 0 {
				t.Errorf("%s: bad criterion %+v", tm.Track, c)
			}
		}
		if tm.Combination == nil && points != 50 {
			t.Errorf("%s: criteria points sum to %v; 50 keeps the fit within 0–100", tm.Track, points)
		}
	}
	// The hybrid reads the other two fits, so it must come last.
	if !reflect.DeepEqual(order, catalog.Tracks()) || model.Tracks[2].Combination == nil {
		t.Errorf("track models must follow catalog.Tracks() with the hybrid combination last: %v", order)
	}
}

func TestWarningRules(t *testing.T) {
	th := model.Thresholds
	want := []string{KindBurnout, KindRunway, KindIncomeGoal, KindRentedLand, KindCommoditisation, KindHypeCycle}
	var got []string
	for _, r := range model.Warnings {
		got = append(got, r.Kind)
		if r.Title == "" || r.When == "" || r.Why == "" {
			t.Errorf("rule %s is incomplete", r.Kind)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rules = %v, want %v", got, want)
	}
	// The page states the same numbers the code uses.
	burn := rule(KindBurnout)
	for _, n := range []int{th.BurnoutHours, th.SourceHours} {
		if !strings.Contains(burn.When+burn.Why, strconv.Itoa(n)) {
			t.Errorf("burnout rule does not state %d", n)
		}
	}
	if r := rule(KindRunway); !strings.Contains(r.When, strconv.Itoa(th.RunwayMonths)) {
		t.Errorf("runway rule does not state %d months", th.RunwayMonths)
	}
	// The only threshold the sources give is Sarah's week.
	if th.SourceHours != 70 {
		t.Errorf("SourceHours = %d; the article says 70", th.SourceHours)
	}
}

func TestModelCitationsAreVerbatim(t *testing.T) {
	texts := catalogtest.Load(t)
	for _, tm := range model.Tracks {
		for _, c := range tm.Criteria {
			texts.Check(t, string(tm.Track)+": "+c.Label, c.Cite)
		}
		if tm.Combination != nil {
			texts.Check(t, string(tm.Track)+": combination", tm.Combination.Cite)
		}
	}
	texts.Check(t, "path model", model.Paths.Cite)
	for _, r := range model.Warnings {
		if r.Cite != nil {
			texts.Check(t, "warning "+r.Kind, *r.Cite)
		}
	}
}
