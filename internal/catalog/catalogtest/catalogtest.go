// Package catalogtest checks citations against the stored source articles,
// so every package that quotes them (the catalog, the scoring model) is held
// to the same rule: the quote must appear verbatim in the section it names.
package catalogtest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
)

// files maps each source to the stored article's file name prefix in
// shared/sources, next to the repository.
var files = map[catalog.SourceID]string{
	catalog.SideHustles:   "000_",
	catalog.MarketingVsAI: "004_",
}

// sideHustleParagraphs maps each descriptive section of the side-hustles
// article, which has no headings, to its paragraphs (0 is the headline).
var sideHustleParagraphs = map[string][]int{
	catalog.SectionOpening:         {1, 2},
	catalog.SectionUpwork:          {3},
	catalog.SectionAutonomy:        {4},
	catalog.SectionSarah:           {5},
	catalog.SectionValue:           {6},
	catalog.SectionPattern:         {7},
	catalog.SectionCommoditisation: {8},
	catalog.SectionRentedLand:      {9},
	catalog.SectionQuestions:       {10},
	catalog.SectionClosing:         {11},
}

// Texts holds each source's text split by section slug.
type Texts map[catalog.SourceID]map[string]string

// Load reads the articles from shared/sources beside the module root and
// splits them into sections. It skips the test when the folder is absent,
// as in a checkout without the shared folder; it fails when a file is there
// but does not match the catalog's sections.
func Load(t testing.TB) Texts {
	t.Helper()
	dir := sourcesDir(t)
	out := Texts{}
	for _, src := range catalog.Sources() {
		matches, _ := filepath.Glob(filepath.Join(dir, files[src.ID]+"*.txt"))
		if len(matches) != 1 {
			t.Fatalf("want one file for source %s in %s, found %v", src.ID, dir, matches)
		}
		b, err := os.ReadFile(matches[0])
		if err != nil {
			t.Fatal(err)
		}
		if src.ID == catalog.SideHustles {
			out[src.ID] = splitParagraphs(t, string(b))
		} else {
			out[src.ID] = splitHeadings(t, string(b), src)
		}
	}
	return out
}

// sourcesDir finds shared/sources next to the directory holding go.mod.
func sourcesDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory; cannot locate shared/sources")
		}
		dir = parent
	}
	sources := filepath.Join(dir, "..", "shared", "sources")
	if _, err := os.Stat(sources); err != nil {
		t.Skipf("source articles not present at %s; citation checks skipped", sources)
	}
	return sources
}

func splitParagraphs(t testing.TB, text string) map[string]string {
	t.Helper()
	var paras []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			paras = append(paras, line)
		}
	}
	out := map[string]string{}
	for id, idx := range sideHustleParagraphs {
		var b strings.Builder
		for _, i := range idx {
			if i >= len(paras) {
				t.Fatalf("side-hustles section %s wants paragraph %d; the file has %d", id, i, len(paras))
			}
			b.WriteString(paras[i])
			b.WriteString("\n")
		}
		out[id] = b.String()
	}
	return out
}

// splitHeadings cuts the article at lines equal to a section title; the
// table of contents repeats the titles with a bullet prefix, so it never
// matches a whole line.
func splitHeadings(t testing.TB, text string, src catalog.Source) map[string]string {
	t.Helper()
	byTitle := map[string]string{}
	for _, sec := range src.Sections {
		byTitle[sec.Title] = sec.ID
	}
	out := map[string]string{}
	current := ""
	for _, line := range strings.Split(text, "\n") {
		if id, ok := byTitle[strings.TrimSpace(line)]; ok {
			current = id
			continue
		}
		if current != "" {
			out[current] += line + "\n"
		}
	}
	for _, sec := range src.Sections {
		if out[sec.ID] == "" {
			t.Fatalf("heading %q not found in the %s article", sec.Title, src.ID)
		}
	}
	return out
}

// Check fails the test unless c names a known source and section, has a
// quote of at most catalog.MaxQuoteLen characters, and the quote appears
// verbatim in that section. where says which field carries it.
func (tx Texts) Check(t testing.TB, where string, c catalog.Citation) {
	t.Helper()
	if _, _, ok := c.Resolve(); !ok {
		t.Errorf("%s: citation points at unknown %s / %s", where, c.Source, c.Section)
		return
	}
	if c.Quote == "" {
		t.Errorf("%s: citation has no quote", where)
		return
	}
	if n := len([]rune(c.Quote)); n > catalog.MaxQuoteLen {
		t.Errorf("%s: quote is %d characters, over %d", where, n, catalog.MaxQuoteLen)
	}
	if !strings.Contains(tx[c.Source][c.Section], c.Quote) {
		t.Errorf("%s: quote not found verbatim in %s / %s: %q", where, c.Source, c.Section, c.Quote)
	}
}
