// Package questionnaire defines the self-assessment: its sections and
// questions, the answers a user gives, and the validation that turns a
// submitted form into clean answers and human error messages.
//
// It is pure Go: no HTTP and no SQL. A page handler passes r.PostForm to
// Section.Validate, re-renders every returned value with the messages when
// there are any, and stores the answers either way so no work is lost, as
// far as they lie within each question's limits (Section.Bounded);
// Definition.FirstIncomplete says where to resume.
package questionnaire

import "github.com/crossroads/crossroads/internal/money"

// Kind is how a question is answered.
type Kind string

// The kinds of question.
const (
	// Scale is one point on a Min–Max scale (1–5) with labels for both ends.
	Scale Kind = "scale"
	// Single is one option from a list.
	Single Kind = "single"
	// Multi is any number of options from a list.
	Multi Kind = "multi"
	// Number is a whole number between Min and Max, in Unit.
	Number Kind = "number"
	// Text is free text of at most MaxLen characters.
	Text Kind = "text"
)

// Option is one choice of a Single or Multi question.
type Option struct {
	Value string // what the form submits and Answers store
	Label string // what the page shows
}

// Question is one item of the questionnaire.
type Question struct {
	ID       string
	Prompt   string
	Help     string
	Kind     Kind
	Options  []Option // Single and Multi
	Min, Max int      // Scale and Number bounds, inclusive
	Unit     string   // Number: plural noun used in messages and beside the input, e.g. "hours"
	Required bool
	MaxLen   int // Text: limit in characters
	// LowLabel and HighLabel say what a Scale's Min and Max mean.
	LowLabel, HighLabel string
	// FreeText marks answers in the user's own words, which a share link may hide.
	FreeText bool
	// InCurrency marks a Number that is an amount of money, given in the
	// currency of the country the person works in (the Country answer);
	// Unit is then empty and UnitFor names the currency.
	InCurrency bool
}

// UnitFor is what a Number counts, for a person with answers: its Unit,
// or for an amount of money the currency their Country answer gives
// ("pounds"), and "your currency" before they have chosen one.
func (q Question) UnitFor(a Answers) string {
	if !q.InCurrency {
		return q.Unit
	}
	if a.Get(Country) == "" {
		return "your currency"
	}
	return money.ParseCountry(a.Get(Country)).CurrencyName()
}

// Section is one page of the questionnaire, on one topic.
type Section struct {
	ID        string
	Title     string
	Intro     string
	Questions []Question
}

// Definition is a whole, versioned questionnaire.
type Definition struct {
	Version  string
	Sections []Section
}

// Answers maps a question ID to the values given; a Multi answer has
// several, every other kind at most one.
type Answers map[string][]string

// Get returns the first value for a question, or "".
func (a Answers) Get(id string) string {
	if v := a[id]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// Clone returns a deep copy, so a caller can change it without touching a.
func (a Answers) Clone() Answers {
	out := make(Answers, len(a))
	for k, v := range a {
		out[k] = append([]string(nil), v...)
	}
	return out
}

// With returns a copy of a in which every question of s takes its value
// from page: saving a page replaces that page's answers, including clearing
// the ones the user left blank, and leaves the other pages alone.
func (a Answers) With(s Section, page Answers) Answers {
	out := a.Clone()
	for _, q := range s.Questions {
		if v := page[q.ID]; len(v) > 0 {
			out[q.ID] = append([]string(nil), v...)
		} else {
			delete(out, q.ID)
		}
	}
	return out
}

// Question returns the question with the given ID.
func (d Definition) Question(id string) (Question, bool) {
	for _, s := range d.Sections {
		for _, q := range s.Questions {
			if q.ID == id {
				return q, true
			}
		}
	}
	return Question{}, false
}

// SectionIndex returns the position of the section with the given ID.
func (d Definition) SectionIndex(id string) (int, bool) {
	for i, s := range d.Sections {
		if s.ID == id {
			return i, true
		}
	}
	return -1, false
}

// FirstIncomplete returns the index of the first section with a required
// question that has no valid answer, or with an answer that is not valid
// (required or not), or len(d.Sections) when every section is complete. A
// stored value that no longer validates counts as missing.
func (d Definition) FirstIncomplete(a Answers) int {
	for i, s := range d.Sections {
		for _, q := range s.Questions {
			if !q.Required && len(a[q.ID]) == 0 {
				continue
			}
			if _, msg := q.Validate(a[q.ID]); msg != "" {
				return i
			}
		}
	}
	return len(d.Sections)
}

// Complete reports whether every required question has a valid answer and
// every answer given is valid: only such answers are ever scored.
func (d Definition) Complete(a Answers) bool {
	return d.FirstIncomplete(a) == len(d.Sections)
}

// OptionLabel returns the label shown for value, for pages that display answers.
func (q Question) OptionLabel(value string) (string, bool) {
	for _, o := range q.Options {
		if o.Value == value {
			return o.Label, true
		}
	}
	return "", false
}
