package questionnaire

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestBoundedStoresOnlyWhatLiesWithinTheLimits(t *testing.T) {
	t.Parallel()
	options := []Option{{Value: "a", Label: "A"}, {Value: "b", Label: "B"}, {Value: "c", Label: "C"}}
	text := Question{ID: "t", Kind: Text, MaxLen: 5}
	single := Question{ID: "s", Kind: Single, Options: options}
	multi := Question{ID: "m", Kind: Multi, Options: options}
	scale := Question{ID: "sc", Kind: Scale, Min: 1, Max: 5}
	number := Question{ID: "n", Kind: Number, Min: 0, Max: 100}
	repeated := slices.Repeat([]string{"b", "a", "zz"}, 5000)
	for _, tc := range []struct {
		name   string
		q      Question
		values []string
		want   []string
	}{
		{"valid text is kept", text, []string{" hello "}, []string{"hello"}},
		{"long text is cut to its length", text, []string{strings.Repeat("é", 250_000)}, []string{"ééééé"}},
		{"text cut ends without a space", text, []string{"abcd efgh"}, []string{"abcd"}},
		{"text given twice keeps the first", text, []string{"one", "two"}, []string{"one"}},
		{"text without a MaxLen is capped all the same", Question{Kind: Text}, []string{strings.Repeat("x", 9000)}, []string{strings.Repeat("x", unlimitedTextRunes)}},
		{"unreadable text is stored readable", text, []string{"a\xffb"}, []string{"a\uFFFDb"}},
		{"a valid option is kept", single, []string{"b"}, []string{"b"}},
		{"an unknown option is dropped", single, []string{strings.Repeat("z", 200_000)}, nil},
		{"two options keep the first if it is one", single, []string{"c", "a"}, []string{"c"}},
		{"two options, the first unknown", single, []string{"zz", "a"}, nil},
		{"checkboxes keep each option once, in order", multi, repeated, []string{"a", "b"}},
		{"checkboxes all unknown store nothing", multi, []string{"x", "y"}, nil},
		{"valid checkboxes are kept", multi, []string{"c", "a"}, []string{"a", "c"}},
		{"a point on the scale is kept", scale, []string{"3"}, []string{"3"}},
		{"a point off the scale is dropped", scale, []string{"99999999999999999999"}, nil},
		{"two points keep the first", scale, []string{"2", "4"}, []string{"2"}},
		{"a number in range is kept, canonical", number, []string{"$1,00"}, nil},
		{"a number with separators is canonical", Question{Kind: Number, Max: 5000}, []string{"$1,200"}, []string{"1200"}},
		{"a huge number is dropped", number, []string{strings.Repeat("9", 200_000)}, nil},
		{"a negative number below Min is dropped", number, []string{"-5"}, nil},
		{"two numbers keep the first", number, []string{"7", "8"}, []string{"7"}},
		{"words for a number are dropped", number, []string{"ten"}, nil},
		{"a kind nobody knows stores nothing", Question{Kind: "domain"}, []string{"x"}, nil},
		{"nothing stays nothing", text, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := tc.q.Bounded(tc.values); !slices.Equal(got, tc.want) {
				t.Errorf("Bounded = %.80q; want %q", got, tc.want)
			}
		})
	}
}

func TestSectionBoundedKeepsOnlyItsQuestions(t *testing.T) {
	t.Parallel()
	s := Section{Questions: []Question{{ID: "t", Kind: Text, MaxLen: 3}, {ID: "n", Kind: Number, Max: 9}}}
	got := s.Bounded(Answers{"t": {"abcdef"}, "n": {"99"}, "other": {"x"}})
	if want := (Answers{"t": {"abc"}}); len(got) != 1 || !slices.Equal(got["t"], want["t"]) {
		t.Errorf("Bounded = %v; want %v", got, want)
	}
}

// TestCompleteNeedsEveryAnswerValid: an optional question answered out of
// its limits keeps the questionnaire from being finished, and the page it
// is on is where to resume.
func TestCompleteNeedsEveryAnswerValid(t *testing.T) {
	t.Parallel()
	d := Default()
	var a Answers
	for _, s := range d.Sections {
		for _, q := range s.Questions {
			if q.Required {
				a = a.With(Section{Questions: []Question{q}}, Answers{q.ID: validValue(q)})
			}
		}
	}
	if !d.Complete(a) {
		t.Fatal("the required answers alone do not complete the questionnaire")
	}
	for i, s := range d.Sections {
		for _, q := range s.Questions {
			if q.Required {
				continue
			}
			bad := a.Clone()
			bad[q.ID] = []string{strings.Repeat("9", q.MaxLen+30)}
			if q.Kind == Multi {
				bad[q.ID] = []string{"no-such-option"}
			}
			if d.Complete(bad) || d.FirstIncomplete(bad) != i {
				t.Errorf("%s answered out of its limits: complete %v, resume at %d; want not complete, resume at %d",
					q.ID, d.Complete(bad), d.FirstIncomplete(bad), i)
			}
		}
	}
}

// validValue is an answer q accepts.
func validValue(q Question) []string {
	switch q.Kind {
	case Single, Multi:
		return []string{q.Options[0].Value}
	case Scale, Number:
		return []string{strconv.Itoa(q.Min)}
	}
	return []string{"x"}
}

// FuzzBounded: whatever is submitted, what Bounded keeps for any question
// of the questionnaire passes Validate unchanged, is bounded again to
// itself, stays within the question's size, and is what Validate keeps
// when the submission was valid.
func FuzzBounded(f *testing.F) {
	d := Default()
	var questions []Question
	for _, s := range d.Sections {
		questions = append(questions, s.Questions...)
	}
	f.Add(uint8(0), "12", "", 1)
	f.Add(uint8(7), strings.Repeat("x", 600), "y", 2)
	f.Add(uint8(20), "a\xff", "b", 300)
	f.Fuzz(func(t *testing.T, which uint8, v1, v2 string, repeat int) {
		q := questions[int(which)%len(questions)]
		values := slices.Repeat([]string{v1, v2}, 1+max(0, repeat)%500)
		got := q.Bounded(values)
		if len(got) == 0 {
			return
		}
		kept, msg := q.Validate(got)
		if msg != "" || !slices.Equal(kept, got) {
			t.Fatalf("%s: Bounded(%.60q) = %.60q, which Validate answers %q, %.60q", q.ID, values, got, msg, kept)
		}
		if again := q.Bounded(got); !slices.Equal(again, got) {
			t.Errorf("%s: Bounded is not stable: %.60q then %.60q", q.ID, got, again)
		}
		switch q.Kind {
		case Text:
			if len(got) != 1 || utf8.RuneCountInString(got[0]) > q.textLimit() {
				t.Errorf("%s: kept %d values, the first of %d characters", q.ID, len(got), utf8.RuneCountInString(got[0]))
			}
		case Multi:
			if len(got) > len(q.Options) {
				t.Errorf("%s: kept %d choices of %d options", q.ID, len(got), len(q.Options))
			}
		default:
			if len(got) != 1 || len(got[0]) > 24 {
				t.Errorf("%s: kept %.60q", q.ID, got)
			}
		}
		if ok, msg := q.Validate(values); msg == "" && !slices.Equal(ok, got) {
			t.Errorf("%s: a valid answer %.60q was stored as %.60q", q.ID, ok, got)
		}
	})
}
