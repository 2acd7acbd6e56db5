package questionnaire

import (
	"reflect"
	"strings"
	"testing"
)

var (
	hoursQ = Question{ID: "h", Kind: Number, Required: true, Min: 0, Max: 60, Unit: "hours"}
	moneyQ = Question{ID: "m", Kind: Number, Required: true, Min: 0, Max: 100000, Unit: "US dollars"}
	scaleQ = Question{ID: "s", Kind: Scale, Required: true, Min: 1, Max: 5, LowLabel: "low", HighLabel: "high"}
	oneQ   = Question{ID: "o", Kind: Single, Required: true, Options: []Option{{"keep", "Keep"}, {"switch", "Switch"}}}
	manyQ  = Question{ID: "n", Kind: Multi, Options: []Option{{"a", "A"}, {"b", "B"}, {"c", "C"}}}
	manyRQ = Question{ID: "nr", Kind: Multi, Required: true, Options: []Option{{"a", "A"}, {"b", "B"}}}
	textQ  = Question{ID: "t", Kind: Text, MaxLen: 500, FreeText: true}
	textRQ = Question{ID: "tr", Kind: Text, Required: true, MaxLen: 10, FreeText: true}
)

func TestQuestionValidate(t *testing.T) {
	long := strings.Repeat("é", 812)
	tests := []struct {
		name     string
		q        Question
		in       []string
		wantKept []string
		wantMsg  string // "" means valid; otherwise a substring of the message
	}{
		// Number.
		{"number ok", hoursQ, []string{"12"}, []string{"12"}, ""},
		{"number trimmed", hoursQ, []string{"  7 "}, []string{"7"}, ""},
		{"number bounds inclusive", hoursQ, []string{"60"}, []string{"60"}, ""},
		{"number zero", hoursQ, []string{"0"}, []string{"0"}, ""},
		{"number above max", hoursQ, []string{"61"}, []string{"61"}, "Enter a whole number of hours between 0 and 60."},
		{"number negative", hoursQ, []string{"-1"}, []string{"-1"}, "Enter a whole number of hours between 0 and 60."},
		{"number not a number", hoursQ, []string{"ten"}, []string{"ten"}, "Enter a whole number of hours between 0 and 60."},
		{"number decimal", hoursQ, []string{"7.5"}, []string{"7.5"}, "whole number"},
		{"number overflow", hoursQ, []string{"99999999999999999999999"}, []string{"99999999999999999999999"}, "whole number"},
		{"number missing", hoursQ, nil, nil, "Enter a whole number of hours between 0 and 60."},
		{"number blank", hoursQ, []string{"   "}, nil, "Enter a whole number of hours"},
		{"number twice", hoursQ, []string{"1", "2"}, []string{"1", "2"}, "Enter one number only."},
		{"money with separators", moneyQ, []string{"$3,000"}, []string{"3000"}, ""},
		{"money bad grouping", moneyQ, []string{"3,00"}, []string{"3,00"}, "between 0 and 100,000."},
		{"money leading comma", moneyQ, []string{",300"}, []string{",300"}, "whole number"},
		{"money over max", moneyQ, []string{"100,001"}, []string{"100,001"}, "Enter a whole number of US dollars between 0 and 100,000."},

		// Scale.
		{"scale ok", scaleQ, []string{"3"}, []string{"3"}, ""},
		{"scale canonical", scaleQ, []string{"05"}, []string{"5"}, ""},
		{"scale out of range", scaleQ, []string{"6"}, []string{"6"}, "Choose a point from 1 to 5."},
		{"scale zero", scaleQ, []string{"0"}, []string{"0"}, "Choose a point from 1 to 5."},
		{"scale not a number", scaleQ, []string{"high"}, []string{"high"}, "Choose a point from 1 to 5."},
		{"scale twice", scaleQ, []string{"2", "4"}, []string{"2", "4"}, "Choose only one point on the scale."},
		{"scale missing", scaleQ, nil, nil, "Choose a point from 1 to 5."},

		// Single.
		{"single ok", oneQ, []string{"keep"}, []string{"keep"}, ""},
		{"single unknown", oneQ, []string{"quit"}, []string{"quit"}, "Choose one of the options shown."},
		{"single is case sensitive", oneQ, []string{"Keep"}, []string{"Keep"}, "Choose one of the options shown."},
		{"single twice", oneQ, []string{"keep", "switch"}, []string{"keep", "switch"}, "Choose only one option."},
		{"single missing", oneQ, []string{""}, nil, "Choose one option."},

		// Multi.
		{"multi ok", manyQ, []string{"c", "a"}, []string{"a", "c"}, ""},
		{"multi duplicates folded", manyQ, []string{"b", "b"}, []string{"b"}, ""},
		{"multi unknown", manyQ, []string{"a", "z"}, []string{"a", "z"}, "Choose only from the options shown."},
		{"multi optional empty", manyQ, nil, nil, ""},
		{"multi required empty", manyRQ, nil, nil, "Choose at least one option."},

		// Text.
		{"text ok", textQ, []string{"  Dentistry  "}, []string{"Dentistry"}, ""},
		{"text optional empty", textQ, []string{""}, nil, ""},
		{"text line breaks normalised", textQ, []string{"a\r\nb"}, []string{"a\nb"}, ""},
		{"text control characters dropped", textQ, []string{"a\x00b\x07c"}, []string{"abc"}, ""},
		{"text too long", textQ, []string{long}, []string{long}, "Keep this to 500 characters or fewer (you typed 812)."},
		{"text exactly at limit", textRQ, []string{"0123456789"}, []string{"0123456789"}, ""},
		{"text required missing", textRQ, nil, nil, "This answer is required."},
		{"text twice", textQ, []string{"a", "b"}, []string{"a", "b"}, "Enter this answer once."},
		{"text invalid UTF-8", textQ, []string{"caf\xe9"}, []string{"caf\uFFFD"}, "could not be read"},
		{"number invalid UTF-8", hoursQ, []string{"1\xff"}, []string{"1\uFFFD"}, "could not be read"},

		// Unknown kind never passes.
		{"unknown kind", Question{ID: "x", Kind: "slider"}, []string{"1"}, []string{"1"}, "cannot be answered"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kept, msg := tt.q.Validate(tt.in)
			if !reflect.DeepEqual(kept, tt.wantKept) {
				t.Errorf("kept = %q, want %q", kept, tt.wantKept)
			}
			switch {
			case tt.wantMsg == "" && msg != "":
				t.Errorf("unexpected message %q", msg)
			case tt.wantMsg != "" && !strings.Contains(msg, tt.wantMsg):
				t.Errorf("message = %q, want it to contain %q", msg, tt.wantMsg)
			}
		})
	}
}

func TestSectionValidateKeepsEverythingTyped(t *testing.T) {
	s := Section{ID: "p", Questions: []Question{hoursQ, scaleQ, oneQ, manyQ, textQ}}
	form := map[string][]string{
		"h":    {"lots"},
		"s":    {"4"},
		"o":    {"switch"},
		"n":    {"a", "q"},
		"t":    {" my notes "},
		"csrf": {"token"}, // not a question of this section
	}
	answers, errs := s.Validate(form)
	wantAnswers := Answers{"h": {"lots"}, "s": {"4"}, "o": {"switch"}, "n": {"a", "q"}, "t": {"my notes"}}
	if !reflect.DeepEqual(answers, wantAnswers) {
		t.Errorf("answers = %v, want %v", answers, wantAnswers)
	}
	if len(errs) != 2 || errs["h"] == "" || errs["n"] == "" {
		t.Errorf("errs = %v, want messages for h and n only", errs)
	}

	answers, errs = s.Validate(nil)
	if answers == nil || errs == nil {
		t.Fatal("Validate must return non-nil maps")
	}
	if len(answers) != 0 || len(errs) != 3 {
		t.Errorf("empty form: answers %v, errs %v; want none and 3 required messages", answers, errs)
	}
}

func TestDefaultSectionsAcceptValidAnswers(t *testing.T) {
	d := Default()
	full := fullAnswers(d)
	for _, s := range d.Sections {
		answers, errs := s.Validate(full)
		if len(errs) != 0 {
			t.Errorf("%s: valid answers rejected: %v", s.ID, errs)
		}
		for _, q := range s.Questions {
			if !reflect.DeepEqual(answers[q.ID], full[q.ID]) {
				t.Errorf("%s: kept %q, want %q", q.ID, answers[q.ID], full[q.ID])
			}
		}
	}
}
