package card

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

func testFace(t *testing.T) font.Face {
	t.Helper()
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	f, err := r.faces()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.close)
	return f.label
}

func TestFitWidthShortensByMeasuredWidth(t *testing.T) {
	face := testFace(t)
	for _, tc := range []struct {
		in        string
		width     int
		shortened bool
	}{
		{"AI job", 300, false},
		{"Marketing side hustle for local trades", 300, true},
		{"iiiiiiiiiiiiiiiiiiii", 300, false}, // narrow letters fit where as many wide ones do not
		{"WWWWWWWWWWWWWWWWWWWW", 300, true},
		{"word ", 5, true},
		{"", 300, false},
	} {
		got := fitWidth(face, tc.in, tc.width)
		if w := width(face, got); w > fixed.I(tc.width) {
			t.Errorf("fitWidth(%q, %d) = %q is %v wide", tc.in, tc.width, got, w)
		}
		if tc.shortened != (got != tc.in) {
			t.Errorf("fitWidth(%q, %d) = %q, shortened want %v", tc.in, tc.width, got, tc.shortened)
		}
		if got != tc.in && got != "" && (!strings.HasSuffix(got, ellipsis) || !strings.HasPrefix(tc.in, strings.TrimSuffix(got, ellipsis))) {
			t.Errorf("fitWidth(%q) = %q: want a prefix and an ellipsis", tc.in, got)
		}
	}
}

func TestWrapBreaksAtSpacesIntoTwoLines(t *testing.T) {
	face := testFace(t)
	lines := wrap(face, "one two three four five six seven eight nine ten", 200, 2)
	if len(lines) != 2 || !strings.HasSuffix(lines[1], ellipsis) || strings.HasSuffix(lines[0], " ") {
		t.Fatalf("wrap = %q", lines)
	}
	if !strings.HasPrefix("one two three four five six seven eight nine ten", lines[0]) {
		t.Errorf("first line %q is not the start of the text", lines[0])
	}
	if got := wrap(face, "short", 200, 2); len(got) != 1 || got[0] != "short" {
		t.Errorf("wrap(short) = %q", got)
	}
	if got := wrap(face, strings.Repeat("W", 60), 200, 2); len(got) != 2 || !utf8.ValidString(got[0]) {
		t.Errorf("wrap of one long word = %q", got)
	}
}

func TestCleanKeepsOneDrawableLine(t *testing.T) {
	for in, want := range map[string]string{
		"  a\n\tb  ":             "a b",
		"x\u202ey\u200bz":        "xyz",
		"bad\xffbyte":            "bad byte",
		"":                       "",
		strings.Repeat("é", 300): strings.Repeat("é", maxRunes),
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}
