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
	m.Factors[0].Points = 1000
	m.Thresholds.BurnoutHours = 1
	m.Warnings[0].Cite.Quote = "changed"
	m.Factors[1].Signals = append(m.Factors[1].Signals, Signal{"x", 1})
	if !reflect.DeepEqual(Model(), model) || model.Thresholds.BurnoutHours == 1 {
		t.Fatal("changing Model()'s result changed the scoring model")
	}
	if m.Version != ModelVersion {
		t.Errorf("version %q, want %q", m.Version, ModelVersion)
	}
}

// TestModelMatchesQuestionnaire ties every question the model names to the
// questionnaire, with the kind it reads, and accounts for every question:
// scored, or listed as unscored with a reason.
func TestModelMatchesQuestionnaire(t *testing.T) {
	def := questionnaire.Default()
	used := map[string]bool{}
	for _, fc := range model.Factors {
		used[fc.Question] = true
		qu, ok := def.Question(fc.Question)
		if !ok {
			t.Errorf("factor names %q, which is not a question", fc.Question)
			continue
		}
		if fc.Short == "" || fc.Why == "" || fc.Points <= 0 {
			t.Errorf("%s: factor lacks a short name, a reason or points", fc.Question)
		}
		switch {
		case fc.Option != "":
			if _, ok := qu.OptionLabel(fc.Option); qu.Kind != questionnaire.Multi || !ok {
				t.Errorf("%s: not a Multi question with option %q", qu.ID, fc.Option)
			}
		case qu.Kind == questionnaire.Single:
			if fc.Kind == Linear && len(fc.Signals) != len(qu.Options) {
				t.Errorf("%s: every option needs a signal", qu.ID)
			}
			for _, sg := range fc.Signals {
				if _, ok := qu.OptionLabel(sg.Value); !ok || sg.Signal < -1 || sg.Signal > 1 {
					t.Errorf("%s: bad signal %+v", qu.ID, sg)
				}
			}
			if _, ok := qu.OptionLabel(fc.Neutral); !ok && (fc.Kind != FieldMatch || fc.Neutral != "" || qu.Required) {
				// The field list alone has no undecided option: unanswered is undecided.
				t.Errorf("%s: undecided answer %q is not an option", qu.ID, fc.Neutral)
			}
			for _, sg := range fc.Signals {
				if sg.Value == fc.Neutral && sg.Signal != 0 {
					t.Errorf("%s: the undecided option must signal 0", qu.ID)
				}
			}
		case qu.Kind == questionnaire.Scale || qu.Kind == questionnaire.Number:
			if _, msg := qu.Validate([]string{fc.Neutral}); msg != "" {
				t.Errorf("%s: undecided answer %q is not valid: %s", qu.ID, fc.Neutral, msg)
			}
			if qu.Kind == questionnaire.Scale && (qu.Min != 1 || qu.Max != 5 || fc.Neutral != "3") {
				t.Errorf("%s: scales are read as 1–5 with 3 undecided", qu.ID)
			}
		default:
			t.Errorf("%s: a %s question cannot be scored", qu.ID, qu.Kind)
		}
	}
	for _, sq := range model.Skills.Questions {
		used[sq.Question] = true
		if qu, ok := def.Question(sq.Question); !ok || qu.Kind != questionnaire.Scale || qu.Min != 1 || qu.Max != 5 {
			t.Errorf("skill %s: %s must be a 1–5 scale question", sq.Skill, sq.Question)
		}
	}
	for _, s := range catalog.Skills() {
		if !slices.ContainsFunc(model.Skills.Questions, func(sq SkillQuestion) bool { return sq.Skill == s }) {
			t.Errorf("catalog skill %s has no question", s)
		}
	}
	for _, u := range model.Unscored {
		if _, ok := def.Question(u.Question); !ok || u.Why == "" {
			t.Errorf("unscored %q must be a question with a reason", u.Question)
		}
		if used[u.Question] {
			t.Errorf("%s is both scored and listed as unscored", u.Question)
		}
		used[u.Question] = true
	}
	for _, qu := range questions(def) {
		if !used[qu.ID] {
			t.Errorf("question %s is neither scored nor listed as unscored", qu.ID)
		}
	}
	// The Multi options the factors read are the catalog's outcomes.
	outcomes, _ := def.Question(questionnaire.GoalOutcomes)
	var opts []catalog.Outcome
	for _, o := range outcomes.Options {
		opts = append(opts, catalog.Outcome(o.Value))
	}
	if !reflect.DeepEqual(opts, catalog.Outcomes()) {
		t.Errorf("goal-outcomes options %v, catalog outcomes %v", opts, catalog.Outcomes())
	}
	// The options of the field question are the catalog's fields.
	fields, _ := def.Question(questionnaire.DomainField)
	var fs []catalog.Field
	for _, o := range fields.Options {
		fs = append(fs, catalog.Field(o.Value))
	}
	if !reflect.DeepEqual(fs, catalog.Fields()) {
		t.Errorf("domain-field options %v, catalog fields %v", fs, catalog.Fields())
	}
	// Every question the model reads has its slot, however many there are.
	if len(slotIDs) != numSlots || len(neutralFacts.num) != numSlots || len(reads) != numSlots {
		t.Errorf("%d slots, but per-slot data of other lengths", len(slotIDs))
	}
}

// TestEveryPathHasAFit: a path without its Fit would score as if it asked
// nothing of anyone.
func TestEveryPathHasAFit(t *testing.T) {
	for _, p := range catalog.All() {
		f := p.Fit
		if f.Hours <= 0 || f.Lean < 0 || f.Lean > 1 || f.LeanWhy == "" || f.ToolUse < 0 || f.ToolUse > 1 || len(f.Leads) == 0 {
			t.Errorf("%s: incomplete fit %+v", p.ID, f)
		}
		if f.Earning.Level < 1 || f.Earning.Level > 5 || f.Earning.Text == "" || f.Earning.Cite == nil {
			t.Errorf("%s: earning potential needs a 1–5 level, a text and a citation", p.ID)
		}
		for _, o := range f.Leads {
			if !slices.Contains(catalog.Outcomes(), o) {
				t.Errorf("%s leads to unknown outcome %q", p.ID, o)
			}
		}
		switch p.Mode {
		case catalog.SideHustle:
			if f.LeadsTo(catalog.CareerChange) {
				t.Errorf("%s: a side hustle listed as a new full-time career", p.ID)
			}
		case catalog.FullTime:
			if !f.LeadsTo(catalog.CareerChange) || f.LeadsTo(catalog.ExtraIncome) {
				t.Errorf("%s: a full-time role leads to a career change, not extra income beside a job", p.ID)
			}
		}
	}
}

func TestFactorPointsAreBounded(t *testing.T) {
	// Every factor's signal × property stays within ±1, so no factor moves
	// a path by more than its documented points.
	def := questionnaire.Default()
	for _, a := range []questionnaire.Answers{undecided(), with("hustle-hours", "0", "dayjob-hours", "80", "budget", "0", "runway", "0", "day-job", "none", "income-goal", "100000")} {
		f := readFacts(def, a)
		sg := f.signals()
		for i := range paths {
			for j := range model.Factors {
				fc := &model.Factors[j]
				if x := factorPoints(&tables[i], j, &f, sg); math.Abs(x) > fc.Points+1e-9 {
					t.Errorf("%s on %s: %.2f points, more than its %v", fc.Question, paths[i].ID, x, fc.Points)
				}
			}
		}
	}
}

func TestWarningRules(t *testing.T) {
	th := model.Thresholds
	for _, r := range model.Warnings {
		if r.Title == "" || r.When == "" || r.Why == "" {
			t.Errorf("rule %s is incomplete", r.Kind)
		}
	}
	// The page states the same numbers the code uses.
	burn := rule(KindBurnout)
	for _, n := range []int{th.BurnoutHours, th.SourceHours} {
		if !strings.Contains(burn.When+burn.Why, strconv.Itoa(n)) {
			t.Errorf("burnout rule does not state %d", n)
		}
	}
	if r := rule(KindRunway); !strings.Contains(r.When, strconv.Itoa(th.RunwayWarnMonths)) {
		t.Errorf("runway rule does not state %d months", th.RunwayWarnMonths)
	}
	// The only threshold the sources give is Sarah's week.
	if th.SourceHours != 70 {
		t.Errorf("SourceHours = %d; the article says 70", th.SourceHours)
	}
}

// TestJudgementsStateTheNumbersTheCodeUses: the page's list of our own
// numbers shows the values Score reads.
func TestJudgementsStateTheNumbersTheCodeUses(t *testing.T) {
	js := model.Judgements()
	text := ""
	for _, j := range js {
		if j.What == "" || j.Value == "" || j.Why == "" {
			t.Errorf("incomplete judgement %+v", j)
		}
		text += j.Value + " "
	}
	th := model.Thresholds
	for _, n := range []int{int(model.Base), int(model.BarrierPoints), int(model.Skills.Points), int(model.ClashPoints),
		model.Close.Margin, th.LoadFrom, th.BurnoutHours, th.RunwayMonths, th.UneasyAtMost, th.HighRating} {
		if !strings.Contains(text, strconv.Itoa(n)) {
			t.Errorf("judgements do not state %d", n)
		}
	}
}

func TestModelCitationsAreVerbatim(t *testing.T) {
	texts := catalogtest.Load(t)
	texts.Check(t, "barrier", model.BarrierCite)
	texts.Check(t, "skills", model.Skills.Cite)
	for _, fc := range model.Factors {
		if fc.Cite != nil {
			texts.Check(t, "factor "+fc.Question, *fc.Cite)
		}
	}
	for _, p := range model.Profiles {
		texts.Check(t, "profile "+p.Name, p.Cite)
	}
	for _, mh := range model.MustHaves {
		if mh.Cite != nil {
			texts.Check(t, "must-have "+mh.ID, *mh.Cite)
		}
	}
	for _, r := range model.Warnings {
		if r.Cite != nil {
			texts.Check(t, "warning "+r.Kind, *r.Cite)
		}
	}
	for _, p := range catalog.All() {
		texts.Check(t, p.ID+" earning potential", *p.Fit.Earning.Cite)
	}
}
