package questionnaire

import (
	"strings"
	"unicode/utf8"
)

// Storing answers within their limits. A page that fails validation is
// shown again with everything typed, so the person can fix it, and is
// saved all the same, so that "Back" loses nothing. What is saved, though,
// is only what lies within each question's limits: otherwise one post
// could store a 250 KB answer or thousands of repeated choices, copied on
// into the result, the stored share page and every check-in, and kept for
// good on a finished assessment.
//
// Bounded works from the question's kind and limits alone (Options, Min,
// Max, MaxLen), so a question added to the Definition is bounded without
// anything written here for it. A kind it does not know stores nothing.

// unlimitedTextRunes caps a Text question that names no MaxLen, so no
// question is ever without a limit.
const unlimitedTextRunes = 2000

// Bounded returns what may be stored of the values submitted for q: the
// values Validate keeps when they are valid; otherwise only what lies within
// q's limits. Text is cut to its MaxLen; a Single or Scale keeps its first
// value if that one is allowed; a Multi keeps each listed option once, in
// the options' order; a Number keeps its first value if it is a whole
// number within Min and Max, in canonical form. Anything else is dropped,
// so the result always passes q.Validate (or is empty) and is never longer
// than q's limits allow.
func (q Question) Bounded(values []string) []string {
	kept, msg := q.Validate(values)
	if len(kept) == 0 {
		return nil
	}
	if msg == "" && (q.Kind != Text || q.MaxLen > 0) {
		return kept
	}
	switch q.Kind {
	case Text:
		if v := strings.TrimSpace(cutRunes(kept[0], q.textLimit())); v != "" {
			return []string{v}
		}
	case Multi:
		return q.knownOptions(kept)
	case Single, Scale, Number:
		if first, msg := q.Validate(kept[:1]); msg == "" {
			return first
		}
	}
	return nil
}

// textLimit is the most characters a Text answer to q may keep.
func (q Question) textLimit() int {
	if q.MaxLen > 0 {
		return q.MaxLen
	}
	return unlimitedTextRunes
}

// knownOptions keeps the values that are options of q, each once, in the
// order the options are listed.
func (q Question) knownOptions(values []string) []string {
	chosen := make(map[string]bool, len(q.Options))
	for _, v := range values {
		if _, ok := q.OptionLabel(v); ok {
			chosen[v] = true
		}
	}
	var out []string
	for _, o := range q.Options {
		if chosen[o.Value] {
			out = append(out, o.Value)
		}
	}
	return out
}

// cutRunes is s cut to at most n characters.
func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// Bounded returns what may be stored of a page of answers to s (as
// Section.Validate returns them): each question's values bounded by
// Question.Bounded, the questions left with nothing left out. Answers to
// questions of other sections are dropped.
func (s Section) Bounded(page Answers) Answers {
	out := Answers{}
	for _, q := range s.Questions {
		if v := q.Bounded(page[q.ID]); len(v) > 0 {
			out[q.ID] = v
		}
	}
	return out
}
