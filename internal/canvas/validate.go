package canvas

import (
	"github.com/crossroads/crossroads/internal/numfmt"

	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Validate returns a message for every hard input error, keyed by field:
// "title", "niche", "pains", "pains.N.what", "pains.N.how_often",
// "pains.N.severity", "pains.N.evidence", "alternatives", "value_get",
// "value_give", "price", "advantage", "channels", "dependencies",
// "dependencies.N.platform", "dependencies.N.mitigation",
// "dependencies.N.evidence", "commoditisation", "hours_per_week",
// "real_problem", "justifies_time", "aligned", "real_problem_why",
// "justifies_time_why", "aligned_why", "path_id". Row indexes in keys start
// at 0; the messages count from 1 because people do. The map is empty when
// the canvas is acceptable. Missing content is not an error: that is what
// Check is for.
func (c Canvas) Validate() map[string]string {
	v := map[string]string{}
	text(v, "title", "the title", c.Title, MaxShortLen)
	text(v, "niche", "the niche", c.Niche, MaxShortLen)

	if n := len(c.Pains); n > MaxPains {
		v["pains"] = fmt.Sprintf("List at most %d pain points (there are %d). Keep the ones that hurt most.", MaxPains, n)
	}
	for i, p := range c.Pains {
		k := "pains." + strconv.Itoa(i) + "."
		row := fmt.Sprintf("pain point %d", i+1)
		text(v, k+"what", "the description of "+row, p.What, MaxBoxLen)
		text(v, k+"how_often", "how often "+row+" happens", p.HowOften, MaxShortLen)
		if p.Severity != 0 && (p.Severity < MinSeverity || p.Severity > MaxSeverity) {
			v[k+"severity"] = fmt.Sprintf("Rate %s from %d (mild) to %d (severe), or leave it blank.", row, MinSeverity, MaxSeverity)
		}
		if !p.Evidence.Valid() {
			v[k+"evidence"] = "Mark the evidence for " + row + " as assumption, observed or validated."
		}
	}

	text(v, "alternatives", "the current alternatives", c.Alternatives, MaxBoxLen)
	text(v, "value_get", "what the customer gets", c.ValueGet, MaxBoxLen)
	text(v, "value_give", "what the customer gives", c.ValueGive, MaxBoxLen)
	text(v, "price", "the price", c.Price, MaxShortLen)
	text(v, "advantage", "your advantage", c.Advantage, MaxBoxLen)
	text(v, "channels", "the channels", c.Channels, MaxBoxLen)

	if n := len(c.Dependencies); n > MaxDependencies {
		v["dependencies"] = fmt.Sprintf("List at most %d platform dependencies (there are %d). Keep the ones the idea cannot run without.", MaxDependencies, n)
	}
	for i, d := range c.Dependencies {
		k := "dependencies." + strconv.Itoa(i) + "."
		row := fmt.Sprintf("dependency %d", i+1)
		text(v, k+"platform", "the platform of "+row, d.Platform, MaxShortLen)
		text(v, k+"mitigation", "the plan B for "+row, d.Mitigation, MaxBoxLen)
		if !d.Evidence.Valid() {
			v[k+"evidence"] = "Mark the evidence for " + row + " as assumption, observed or validated."
		}
	}

	text(v, "commoditisation", "the answer on copying", c.Commoditisation, MaxBoxLen)
	if c.HoursPerWeek < 0 || c.HoursPerWeek > MaxHoursPerWeek {
		v["hours_per_week"] = fmt.Sprintf("Enter hours per week from 0 to %d.", MaxHoursPerWeek)
	}

	answer(v, "real_problem", c.RealProblem)
	answer(v, "justifies_time", c.JustifiesTime)
	answer(v, "aligned", c.Aligned)
	text(v, "real_problem_why", "the reason for your first answer", c.RealProblemWhy, MaxBoxLen)
	text(v, "justifies_time_why", "the reason for your second answer", c.JustifiesTimeWhy, MaxBoxLen)
	text(v, "aligned_why", "the reason for your third answer", c.AlignedWhy, MaxBoxLen)
	text(v, "path_id", "the path", c.PathID, MaxShortLen)
	if n := len(c.Tests); n > MaxTests {
		v["tests"] = fmt.Sprintf("A canvas holds at most %d test cards (there are %d).", MaxTests, n)
	}
	for i, t := range c.Tests {
		k := "tests." + strconv.Itoa(i) + "."
		for key, s := range map[string]string{"belief": t.Belief, "test": t.Test, "measure": t.Measure} {
			text(v, k+key, "the test card’s "+key, s, MaxBoxLen)
		}
		text(v, k+"pass_mark", "the test card’s pass mark", t.PassMark, MaxShortLen)
		if l := t.Learning; l != nil {
			for key, s := range map[string]string{"seen": l.Seen, "means": l.Means, "decision": l.Decision} {
				text(v, k+key, "the learning card’s "+key, s, MaxBoxLen)
			}
		}
	}
	return v
}

// text records a problem with one text field. Control characters other than
// tab and line breaks are refused because they are invisible on the page and
// PostgreSQL cannot store NUL in a text column.
func text(v map[string]string, key, label, s string, limit int) {
	if !utf8.ValidString(s) {
		v[key] = upperFirst(label) + " contains characters that could not be read. Retype it or paste it as plain text."
		return
	}
	if strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
	}) {
		v[key] = upperFirst(label) + " contains invisible control characters. Paste it as plain text."
		return
	}
	if n := utf8.RuneCountInString(s); n > limit {
		v[key] = fmt.Sprintf("Shorten %s to %s characters or fewer (it has %s).", label, numfmt.Thousands(int64(limit)), numfmt.Thousands(int64(n)))
	}
}

func answer(v map[string]string, key string, a Answer) {
	if !a.Valid() {
		v[key] = "Answer yes, no or unsure, or leave it blank for now."
	}
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
