package web

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crossroads/crossroads/internal/plan"
)

// startWindow is how far from today a start date may be: a plan begun a
// year ago or a year ahead is far enough either way (our choice).
const startWindow = 365

// DecodeStart reads the start date of the form: the date as stored, what
// was typed (to show back) and a message when it is wrong. Left blank, it
// is today: the server's default.
func DecodeStart(form url.Values, today time.Time) (start, typed, msg string) {
	values := form["start"]
	if len(values) > 1 {
		return "", keepTyped(values[0]), "Enter one start date."
	}
	if len(values) == 1 {
		typed = keepTyped(values[0])
	}
	raw := strings.TrimSpace(typed)
	if raw == "" {
		return today.Format(plan.DateLayout), today.Format(plan.DateLayout), ""
	}
	d, err := time.Parse(plan.DateLayout, raw)
	if err != nil {
		return "", typed, "Enter the start date as year-month-day, for example " + today.Format(plan.DateLayout) + "."
	}
	first, last := today.AddDate(0, 0, -startWindow), today.AddDate(0, 0, startWindow)
	if d.Before(first) || d.After(last) {
		return "", typed, "Choose a start date within a year of today, between " + first.Format(plan.DateLayout) + " and " + last.Format(plan.DateLayout) + "."
	}
	return d.Format(plan.DateLayout), typed, ""
}

// keepTyped bounds what is echoed back of a short field.
func keepTyped(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) > maxTyped {
		s = string([]rune(s)[:maxTyped])
	}
	return s
}

// DecodeStep reads a step's form: the status pressed and the private
// note, with a message per field that is wrong. The note comes back as
// typed (valid UTF-8, without control characters PostgreSQL cannot store)
// even when it is too long, so nothing is lost.
func DecodeStep(form url.Values) (status plan.Status, note string, errs map[string]string) {
	errs = map[string]string{}
	statuses := form["status"]
	if len(statuses) == 1 && plan.Status(statuses[0]).Valid() {
		status = plan.Status(statuses[0])
	} else {
		errs["status"] = "Choose one of the buttons: mark done, skip, or back to to do."
	}
	notes := form["note"]
	if len(notes) > 1 {
		errs["note"] = "Send one note for the step."
	}
	if len(notes) > 0 {
		note = cleanNote(notes[0])
	}
	if n := utf8.RuneCountInString(note); n > plan.MaxNote {
		errs["note"] = "The note is " + strconv.Itoa(n) + " characters long; keep it to " + strconv.Itoa(plan.MaxNote) + " or fewer."
	}
	return status, note, errs
}

// cleanNote makes a typed note storable: valid UTF-8, line breaks as
// "\n", no control characters but tabs and line breaks, no trailing space.
func cleanNote(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimRightFunc(s, unicode.IsSpace)
}
