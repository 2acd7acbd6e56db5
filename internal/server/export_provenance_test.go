package server_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/testkit"
)

// TestComparisonExportLabelsEveryInput: the downloaded comparison says where
// each input's value comes from, as the page does: an unchanged default
// keeps its source (the article, the IRS, our assumption), a changed one is
// the owner's own.
func TestComparisonExportLabelsEveryInput(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	form := validComparison()
	form.Set("hustle.start_rate", "50")   // the article's low end for SEO
	form.Set("hustle.ramped_rate", "140") // not the article's $150: the owner's own
	form.Set("hustle.tax_pct", "15.3")    // the IRS default
	form.Set("hustle.platform_fee_pct", "5")
	form.Set("hustle.billable_pct", "70") // our assumption
	base := createComparison(t, app, form)
	share := shareLinkOn(t, app, base, "/shared/comparison/")

	for _, path := range []string{base, share} {
		_, js := get(t, app, path+"/export.json")
		var export struct {
			Inputs []struct {
				Key             string  `json:"key"`
				Value           float64 `json:"value"`
				Provenance      string  `json:"provenance"`
				ProvenanceLabel string  `json:"provenance_label"`
				Source          *struct {
					Publisher, URL, Quote string
				} `json:"source"`
			} `json:"inputs"`
		}
		if err := json.Unmarshal([]byte(js), &export); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		got := map[string]string{}
		for _, in := range export.Inputs {
			got[in.Key] = in.Provenance
			if !catalog.Provenance(in.Provenance).Valid() || in.ProvenanceLabel == "" {
				t.Errorf("%s: input %s has provenance %q (%q)", path, in.Key, in.Provenance, in.ProvenanceLabel)
			}
			if in.Provenance == string(catalog.FromPublicSource) && (in.Source == nil || in.Source.URL == "") {
				t.Errorf("%s: public-source input %s names no page", path, in.Key)
			}
			if in.Key == "hustle.tax_pct" && (in.Source == nil || !strings.Contains(in.Source.Publisher, "Internal Revenue Service")) {
				t.Errorf("%s: tax source = %+v; want the IRS", path, in.Source)
			}
		}
		want := map[string]catalog.Provenance{
			"hustle.start_rate": catalog.FromArticle, "hustle.ramped_rate": catalog.FromAnswer,
			"hustle.tax_pct": catalog.FromPublicSource, "hustle.platform_fee_pct": catalog.FromPublicSource,
			"hustle.billable_pct": catalog.FromUs,
		}
		for k, p := range want {
			if got[k] != string(p) {
				t.Errorf("%s: %s labelled %q; want %q", path, k, got[k], p)
			}
		}
	}
}

// TestAssessmentExportLabelsEarnings: both exports of a result list what each
// explained path earns, every public figure with its year, closeness and
// page, the article's claim marked as the article's.
func TestAssessmentExportLabelsEarnings(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	base := completeAssessment(t, app, nil)
	for _, path := range []string{base, sharePathOf(t, app, base)} {
		_, js := get(t, app, path+"/export.json")
		var export struct {
			Result struct {
				Paths []struct {
					ID    string `json:"id"`
					Facts *struct{}
				} `json:"paths"`
			} `json:"result"`
			Earnings []struct {
				Path         string `json:"path"`
				ArticleClaim *struct {
					Provenance string `json:"provenance"`
				} `json:"article_claim"`
				PublicFigures []struct {
					Provenance string `json:"provenance"`
					Year       int    `json:"year"`
					Closeness  string `json:"closeness"`
					Source     *struct {
						URL string `json:"url"`
					} `json:"source"`
				} `json:"public_figures"`
				NoPublicFigure string `json:"no_public_figure"`
			} `json:"earnings"`
		}
		if err := json.Unmarshal([]byte(js), &export); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		explained := 0
		for _, p := range export.Result.Paths {
			if p.Facts != nil {
				explained++
			}
		}
		if explained == 0 || len(export.Earnings) != explained {
			t.Fatalf("%s: %d earnings for %d explained paths", path, len(export.Earnings), explained)
		}
		for _, e := range export.Earnings {
			if len(e.PublicFigures) == 0 && e.NoPublicFigure == "" {
				t.Errorf("%s: %s has neither a public figure nor says it has none", path, e.Path)
			}
			if e.ArticleClaim != nil && e.ArticleClaim.Provenance != string(catalog.FromArticle) {
				t.Errorf("%s: %s article claim labelled %q", path, e.Path, e.ArticleClaim.Provenance)
			}
			for _, f := range e.PublicFigures {
				if f.Provenance != string(catalog.FromPublicSource) || f.Year < 2000 || f.Closeness == "" || f.Source == nil || f.Source.URL == "" {
					t.Errorf("%s: %s public figure %+v lacks its label, year, closeness or page", path, e.Path, f)
				}
			}
		}
	}
}
