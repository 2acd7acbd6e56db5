package questionnaire

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzValidate feeds arbitrary values to every question of a section. Two
// bits of mask per question pick nothing, v1, both v1 and v2, or v2; key
// adds an arbitrary extra form field. Seeds live in testdata/fuzz/FuzzValidate.
func FuzzValidate(f *testing.F) {
	d := Default()
	f.Fuzz(func(t *testing.T, sec uint8, mask uint64, v1, v2, key string) {
		s := d.Sections[int(sec)%len(d.Sections)]
		form := map[string][]string{key: {v1}}
		for i, q := range s.Questions {
			switch (mask >> (2 * uint(i))) & 3 {
			case 1:
				form[q.ID] = []string{v1}
			case 2:
				form[q.ID] = []string{v1, v2}
			case 3:
				form[q.ID] = []string{v2}
			}
		}

		answers, errs := s.Validate(form)
		inSection := map[string]Question{}
		for _, q := range s.Questions {
			inSection[q.ID] = q
		}
		for id, msg := range errs {
			if _, ok := inSection[id]; !ok {
				t.Errorf("message for %q, which is not in section %s", id, s.ID)
			}
			if msg == "" {
				t.Errorf("empty message for %q", id)
			}
		}
		for id, vals := range answers {
			q, ok := inSection[id]
			if !ok {
				t.Errorf("answer kept for %q, which is not in section %s", id, s.ID)
			}
			for _, v := range vals {
				if v == "" || !utf8.ValidString(v) || strings.ContainsFunc(v, func(r rune) bool {
					return unicode.IsControl(r) && (q.Kind != Text || (r != '\n' && r != '\t'))
				}) {
					t.Errorf("%s: kept value %q cannot be safely stored or shown", id, v)
				}
			}
		}

		// Valid answers must re-validate cleanly and unchanged.
		valid := map[string][]string{}
		for id, vals := range answers {
			if errs[id] == "" {
				valid[id] = vals
			}
		}
		again, errs2 := s.Validate(valid)
		for id, vals := range valid {
			if errs2[id] != "" {
				t.Errorf("%s: valid answer %q rejected on re-validation: %s", id, vals, errs2[id])
			}
			if !reflect.DeepEqual(again[id], vals) {
				t.Errorf("%s: re-validation changed %q to %q", id, vals, again[id])
			}
		}
	})
}
