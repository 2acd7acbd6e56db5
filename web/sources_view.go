package web

import (
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/scoring"
)

func SourceDocs(cites []catalog.Citation) []SourceDoc {
	quotes := map[string][]string{}
	seen := map[string]bool{}
	for _, c := range cites {
		key := c.Anchor() + "\x00" + c.Quote
		if seen[key] {
			continue
		}
		seen[key] = true
		quotes[c.Anchor()] = append(quotes[c.Anchor()], c.Quote)
	}
	var docs []SourceDoc
	for _, src := range catalog.Sources() {
		d := SourceDoc{Title: src.Title, Author: src.Author, Note: src.Note}
		for _, sec := range src.Sections {
			anchor := catalog.Citation{Source: src.ID, Section: sec.ID}.Anchor()
			d.Sections = append(d.Sections, SourceSection{Anchor: anchor, Title: sec.Title, Quotes: quotes[anchor]})
		}
		docs = append(docs, d)
	}
	return docs
}

// sourceRef turns a citation into a footnote link to the sources page.
func sourceRef(c *catalog.Citation) *SourceRef {
	if c == nil {
		return nil
	}
	src, sec, ok := c.Resolve()
	if !ok {
		return nil
	}
	return &SourceRef{Label: shortSourceTitle(src) + " — " + sec.Title, URL: "/sources#" + c.Anchor()}
}

func shortSourceTitle(s catalog.Source) string {
	switch s.ID {
	case catalog.SideHustles:
		return "“AI Side Hustles”"
	case catalog.MarketingVsAI:
		return "“Digital marketing vs generative AI jobs”"
	}
	return s.Title
}

// AllCitations is every citation the app can show: the catalog's figures
// and the scoring model's criteria and warnings.
func AllCitations() []catalog.Citation {
	var out []catalog.Citation
	for _, p := range catalog.All() {
		out = append(out, p.Citations()...)
	}
	return append(out, modelCitations(scoring.Model())...)
}
