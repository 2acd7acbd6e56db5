package questionnaire

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestDefaultShape(t *testing.T) {
	d := Default()
	if d.Version == "" {
		t.Error("no version")
	}
	if len(d.Sections) != 6 {
		t.Errorf("want 6 sections, got %d", len(d.Sections))
	}
	ids := map[string]bool{}
	total := 0
	for _, s := range d.Sections {
		if s.ID == "" || s.Title == "" || s.Intro == "" || len(s.Questions) == 0 {
			t.Errorf("section %q is incomplete", s.ID)
		}
		if ids[s.ID] {
			t.Errorf("ID %q used twice", s.ID)
		}
		ids[s.ID] = true
		for _, q := range s.Questions {
			total++
			if ids[q.ID] {
				t.Errorf("ID %q used twice", q.ID)
			}
			ids[q.ID] = true
			checkQuestion(t, q)
		}
	}
	if total < 25 || total > 40 {
		t.Errorf("want 25–40 questions, got %d", total)
	}
}

func checkQuestion(t *testing.T, q Question) {
	t.Helper()
	if q.Prompt == "" {
		t.Errorf("%s: no prompt", q.ID)
	}
	if q.FreeText != (q.Kind == Text) {
		t.Errorf("%s: FreeText must be set exactly on text questions", q.ID)
	}
	if q.Kind != Text && !q.Required {
		// Only free text, the "choose any" outcomes, the two money
		// questions added in q-2026.12 and the field list added in
		// q-2027.01 are optional: an assessment finished before them stays
		// complete.
		if q.ID != GoalOutcomes && q.ID != JobPayGoal && q.ID != TakeHome && q.ID != DomainField {
			t.Errorf("%s: should be required", q.ID)
		}
	}
	switch q.Kind {
	case Scale:
		if q.Min != 1 || q.Max != 5 || q.LowLabel == "" || q.HighLabel == "" {
			t.Errorf("%s: a scale needs 1–5 and two end labels", q.ID)
		}
	case Single, Multi:
		if len(q.Options) < 2 {
			t.Errorf("%s: needs options", q.ID)
		}
		seen := map[string]bool{}
		for _, o := range q.Options {
			if o.Value == "" || o.Label == "" || seen[o.Value] {
				t.Errorf("%s: bad or repeated option %+v", q.ID, o)
			}
			seen[o.Value] = true
		}
	case Number:
		if q.Min >= q.Max || (q.Unit == "") == !q.InCurrency {
			t.Errorf("%s: a number needs Min < Max and a unit, or none when it is money", q.ID)
		}
	case Text:
		if q.MaxLen <= 0 {
			t.Errorf("%s: text needs MaxLen", q.ID)
		}
	default:
		t.Errorf("%s: unknown kind %q", q.ID, q.Kind)
	}
}

func TestDefinitionLookups(t *testing.T) {
	d := Default()
	if q, ok := d.Question("hustle-hours"); !ok || q.Kind != Number {
		t.Errorf("Question(hustle-hours) = %+v, %v", q, ok)
	}
	if _, ok := d.Question("nope"); ok {
		t.Error("found an unknown question")
	}
	if i, ok := d.SectionIndex("risk"); !ok || i != 5 {
		t.Errorf("SectionIndex(risk) = %d, %v", i, ok)
	}
	if i, ok := d.SectionIndex("nope"); ok || i != -1 {
		t.Errorf("SectionIndex(nope) = %d, %v", i, ok)
	}
	q, _ := d.Question("day-job")
	if l, ok := q.OptionLabel("keep"); !ok || l == "" {
		t.Error("OptionLabel(keep) missing")
	}
}

// validAnswer returns an acceptable answer for q.
func validAnswer(q Question) []string {
	switch q.Kind {
	case Scale, Number:
		return []string{strconv.Itoa(q.Max)}
	case Single, Multi:
		return []string{q.Options[0].Value}
	}
	return []string{"Retail"}
}

func fullAnswers(d Definition) Answers {
	a := Answers{}
	for _, s := range d.Sections {
		for _, q := range s.Questions {
			a[q.ID] = validAnswer(q)
		}
	}
	return a
}

func TestFirstIncompleteAndComplete(t *testing.T) {
	d := Default()
	full := fullAnswers(d)
	if !d.Complete(full) || d.FirstIncomplete(full) != len(d.Sections) {
		t.Fatalf("full answers should be complete; first incomplete = %d", d.FirstIncomplete(full))
	}
	if d.FirstIncomplete(nil) != 0 {
		t.Error("no answers should be incomplete at section 0")
	}

	tests := []struct {
		name   string
		change func(Answers)
		want   int
	}{
		{"optional text missing", func(a Answers) { delete(a, "domain-name"); delete(a, "goal-three-years") }, 6},
		{"optional multi missing", func(a Answers) { delete(a, "goal-outcomes") }, 6},
		{"skills page missing one", func(a Answers) { delete(a, "skill-maths") }, 1},
		{"stored value no longer valid", func(a Answers) { a["risk-change"] = []string{"maybe"} }, 5},
		{"earliest gap wins", func(a Answers) { delete(a, "ai-tools"); a["runway"] = []string{"-1"} }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := full.Clone()
			tt.change(a)
			if got := d.FirstIncomplete(a); got != tt.want {
				t.Errorf("FirstIncomplete = %d, want %d", got, tt.want)
			}
			if d.Complete(a) != (tt.want == len(d.Sections)) {
				t.Errorf("Complete disagrees with FirstIncomplete")
			}
		})
	}
}

func TestAnswersHelpers(t *testing.T) {
	d := Default()
	a := Answers{"hustle-hours": {"10"}, "skill-writing": {"3"}, "domain-name": {"Dentistry"}}
	if a.Get("hustle-hours") != "10" || a.Get("nope") != "" {
		t.Error("Get is wrong")
	}

	c := a.Clone()
	c["hustle-hours"][0] = "99"
	if a.Get("hustle-hours") != "10" {
		t.Error("Clone shares slices")
	}

	// Saving the skills page replaces its answers, clears the blank ones and
	// leaves other pages alone.
	skills := d.Sections[1]
	got := a.With(skills, Answers{"skill-maths": {"4"}})
	want := Answers{"hustle-hours": {"10"}, "skill-maths": {"4"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("With = %v, want %v", got, want)
	}
	if a.Get("skill-writing") != "3" {
		t.Error("With modified its receiver")
	}
}

func TestMessagesAreSentences(t *testing.T) {
	// Every message a user can see starts with a capital and ends with a full stop.
	d := Default()
	for _, s := range d.Sections {
		form := map[string][]string{}
		for _, q := range s.Questions {
			form[q.ID] = []string{"\xff", "x"}
		}
		_, errs := s.Validate(form)
		_, errs2 := s.Validate(nil)
		for _, m := range []map[string]string{errs, errs2} {
			for id, msg := range m {
				if msg == "" || strings.ToUpper(msg[:1]) != msg[:1] || !strings.HasSuffix(msg, ".") {
					t.Errorf("%s: message %q is not a sentence", id, msg)
				}
			}
		}
	}
}
