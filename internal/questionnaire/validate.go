package questionnaire

import (
	"github.com/crossroads/crossroads/internal/numfmt"

	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Validate checks a submitted form against the section's questions. It
// returns the answers to keep and a message per question ID that failed.
//
// The answers hold every value the user typed for this section, valid or
// not, so the page can show them again beside the messages: values are
// trimmed, valid numbers are put in canonical form ("1,200" becomes "1200"),
// unreadable bytes become U+FFFD and invisible control characters are
// dropped, so what is kept can always be rendered and stored. Form keys that
// are not questions of this section are ignored. Both maps are non-nil.
func (s Section) Validate(form map[string][]string) (Answers, map[string]string) {
	answers := Answers{}
	errs := map[string]string{}
	for _, q := range s.Questions {
		kept, msg := q.Validate(form[q.ID])
		if len(kept) > 0 {
			answers[q.ID] = kept
		}
		if msg != "" {
			errs[q.ID] = msg
		}
	}
	return answers, errs
}

// Validate checks the values submitted for q. It returns the values to keep
// (see Section.Validate) and a message, "" when the answer is acceptable.
func (q Question) Validate(values []string) (kept []string, msg string) {
	unreadable := false
	for _, v := range values {
		v, bad := sanitize(v, q.Kind == Text)
		unreadable = unreadable || bad
		if v != "" {
			kept = append(kept, v)
		}
	}
	if unreadable {
		return kept, "This answer contains characters that could not be read. Retype it or paste it as plain text."
	}
	if len(kept) == 0 {
		if q.Required {
			return nil, q.requiredMessage()
		}
		return nil, ""
	}
	switch q.Kind {
	case Scale:
		return q.checkScale(kept)
	case Single:
		return q.checkSingle(kept)
	case Multi:
		return q.checkMulti(kept)
	case Number:
		return q.checkNumber(kept)
	case Text:
		return q.checkText(kept)
	}
	return kept, "This question cannot be answered here."
}

// sanitize trims v and makes it safe to render and store: PostgreSQL cannot
// hold NUL or invalid UTF-8, so unreadable bytes become U+FFFD (and are
// reported), and control characters, which nobody can see or type into a
// form field, are dropped. Text keeps line breaks and tabs, with "\r\n"
// normalised to "\n" so lengths count as a textarea counts them.
func sanitize(v string, multiline bool) (clean string, unreadable bool) {
	if !utf8.ValidString(v) {
		unreadable = true
		v = strings.ToValidUTF8(v, "\uFFFD")
	}
	if multiline {
		v = strings.ReplaceAll(v, "\r\n", "\n")
	}
	v = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && (!multiline || (r != '\n' && r != '\t')) {
			return -1
		}
		return r
	}, v)
	return strings.TrimSpace(v), unreadable
}

func (q Question) requiredMessage() string {
	switch q.Kind {
	case Scale:
		return "Choose a point from " + strconv.Itoa(q.Min) + " to " + strconv.Itoa(q.Max) + "."
	case Single:
		return "Choose one option."
	case Multi:
		return "Choose at least one option."
	case Number:
		return q.numberMessage()
	}
	return "This answer is required."
}

func (q Question) checkScale(kept []string) ([]string, string) {
	if len(kept) > 1 {
		return kept, "Choose only one point on the scale."
	}
	n, err := strconv.Atoi(kept[0])
	if err != nil || n < q.Min || n > q.Max {
		return kept, "Choose a point from " + strconv.Itoa(q.Min) + " to " + strconv.Itoa(q.Max) + "."
	}
	return []string{strconv.Itoa(n)}, ""
}

func (q Question) checkSingle(kept []string) ([]string, string) {
	if len(kept) > 1 {
		return kept, "Choose only one option."
	}
	if _, ok := q.OptionLabel(kept[0]); !ok {
		return kept, "Choose one of the options shown."
	}
	return kept, ""
}

// checkMulti accepts each option once and stores the choices in the order
// the options are listed, so equal answers compare equal.
func (q Question) checkMulti(kept []string) ([]string, string) {
	chosen := map[string]bool{}
	for _, v := range kept {
		if _, ok := q.OptionLabel(v); !ok {
			return kept, "Choose only from the options shown."
		}
		chosen[v] = true
	}
	ordered := make([]string, 0, len(chosen))
	for _, o := range q.Options {
		if chosen[o.Value] {
			ordered = append(ordered, o.Value)
		}
	}
	return ordered, ""
}

func (q Question) numberMessage() string {
	if q.InCurrency {
		return "Enter a whole amount between " + numfmt.Thousands(int64(q.Min)) + " and " + numfmt.Thousands(int64(q.Max)) + ", without pence or cents."
	}
	unit := q.Unit
	if unit == "" {
		unit = "units"
	}
	return "Enter a whole number of " + unit + " between " + numfmt.Thousands(int64(q.Min)) + " and " + numfmt.Thousands(int64(q.Max)) + "."
}

func (q Question) checkNumber(kept []string) ([]string, string) {
	if len(kept) > 1 {
		return kept, "Enter one number only."
	}
	n, ok := parseWhole(kept[0])
	if !ok || n < q.Min || n > q.Max {
		return kept, q.numberMessage()
	}
	return []string{strconv.Itoa(n)}, ""
}

// parseWhole reads a whole number as people type it: "1200", "1,200",
// "$1,200", "£1,200", "C$1,200" or "-3". Commas must separate groups of three digits, so "1,2" is
// refused rather than guessed at.
func parseWhole(s string) (int, bool) {
	for _, sym := range currencySigns {
		if rest, ok := strings.CutPrefix(s, sym); ok {
			s = rest
			break
		}
	}
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if strings.Contains(s, ",") {
		groups := strings.Split(s, ",")
		for i, g := range groups {
			if (i > 0 && len(g) != 3) || (i == 0 && (len(g) == 0 || len(g) > 3)) {
				return 0, false
			}
		}
		s = strings.Join(groups, "")
	}
	if s == "" || strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if neg {
		n = -n
	}
	return n, err == nil
}

// currencySigns are the signs a person may type before an amount, longest
// first so "US$" is not read as "U" followed by "$".
var currencySigns = []string{"US$", "CA$", "AU$", "C$", "A$", "$", "£"}

func (q Question) checkText(kept []string) ([]string, string) {
	if len(kept) > 1 {
		return kept, "Enter this answer once."
	}
	if n := utf8.RuneCountInString(kept[0]); q.MaxLen > 0 && n > q.MaxLen {
		return kept, "Keep this to " + numfmt.Thousands(int64(q.MaxLen)) + " characters or fewer (you typed " + numfmt.Thousands(int64(n)) + ")."
	}
	return kept, ""
}
