package catalog

import (
	"strconv"
	"strings"
	"testing"
)

// Every side-hustle path has a planning rate with a cited page, or says
// why none exists; no full-time path has one (a job shows its yearly pay).
func TestEverySideHustleHasARateOrSaysWhyNot(t *testing.T) {
	t.Parallel()
	for _, p := range All() {
		r, why, ok := RateOf(p.ID)
		if p.Mode != SideHustle {
			if ok {
				t.Errorf("%s is a job: a planning rate would put an hourly fee on a salary", p.ID)
			}
			continue
		}
		if !ok {
			if why == "" {
				t.Errorf("%s: no rate and no reason", p.ID)
			}
			continue
		}
		if r.Source.Unit != PerHour || !(r.Low > 0 && r.Low <= r.Typical && r.Typical <= r.High) {
			t.Errorf("%s: rate %.2f ≤ %.2f ≤ %.2f per %s is not an hourly spread", p.ID, r.Low, r.Typical, r.High, r.Source.Unit)
		}
		if r.Source.Source.URL == "" || r.Source.Quote == "" || r.Source.Year == 0 || !strings.Contains(r.Source.Period, "20") {
			t.Errorf("%s: the rate's page, words and year are all required: %+v", p.ID, r.Source)
		}
		if r.Closeness.rank() < 0 || r.Note == "" {
			t.Errorf("%s: closeness %q and a note on reading it are required", p.ID, r.Closeness)
		}
		for _, b := range append(r.Beside, r.Source) {
			secondary := strings.Contains(b.Source.Note, "press report") || strings.Contains(b.Source.Note, "report of the survey")
			if secondary != (b.ReportedBy != "") {
				t.Errorf("%s: %s is a secondary report: it must name who reported it", p.ID, b.Source.ID)
			}
			if (b.Where == InUK) != (b.Currency == "GBP") {
				t.Errorf("%s: %s is measured in %s but published in %s", p.ID, b.Source.ID, b.Where, b.Currency)
			}
		}
	}
}

// The published words hold the numbers we plan with: a typo in a figure
// shows up as a quote that does not contain it.
func TestRateQuotesContainTheirFigures(t *testing.T) {
	t.Parallel()
	for id, r := range rates {
		for _, f := range append(r.Beside, r.Source) {
			for _, v := range []float64{f.Low, f.High} {
				if !strings.Contains(strings.ReplaceAll(f.Quote, ",", ""), trimZeros(v)) {
					t.Errorf("%s: %s quotes %q, which does not contain %v", id, f.Source.ID, f.Quote, v)
				}
			}
		}
		if !strings.Contains(strings.ReplaceAll(r.Source.Quote, ",", ""), trimZeros(r.Typical)) {
			t.Errorf("%s: the typical rate %v is not in the quote %q", id, r.Typical, r.Source.Quote)
		}
		if r.Retainer != nil && !strings.Contains(strings.ReplaceAll(r.Retainer.Quote, ",", ""), trimZeros(r.Retainer.Low)) {
			t.Errorf("%s: retainer quote %q lacks %v", id, r.Retainer.Quote, r.Retainer.Low)
		}
	}
}

func trimZeros(v float64) string {
	s := strings.TrimRight(strings.TrimRight(strconvF(v), "0"), ".")
	return s
}

func strconvF(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// Someone in the UK plans with a UK figure in pounds wherever a US rate
// exists: copywriters' own survey for the writing paths, the all-trades
// proxy for the rest, each day rate read as HoursPerDay hours. Anyone
// else plans with the US rate.
func TestRateInTheUKIsAUKFigureInPounds(t *testing.T) {
	t.Parallel()
	writing := map[string]Closeness{"copywriting": SameWork, "ai-copywriting": CloseWork, "ai-content-creation": CloseWork}
	for _, p := range All() {
		us, _, hasUS := RateOf(p.ID)
		uk, why, hasUK := RateIn(p.ID, InUK)
		if hasUS != hasUK {
			t.Errorf("%s: a US rate (%v) but a UK one (%v): %s", p.ID, hasUS, hasUK, why)
			continue
		}
		if !hasUK {
			continue
		}
		if uk.Source.Where != InUK || uk.Source.Currency != "GBP" || uk.Source.Unit != PerDay {
			t.Errorf("%s: the UK rate is %s %s per %s", p.ID, uk.Source.Where, uk.Source.Currency, uk.Source.Unit)
		}
		if uk.Typical != uk.Source.Low/HoursPerDay || uk.Low != uk.Typical || uk.High != uk.Typical {
			t.Errorf("%s: £%v a day should plan at £%v an hour, got %v–%v–%v", p.ID, uk.Source.Low, uk.Source.Low/HoursPerDay, uk.Low, uk.Typical, uk.High)
		}
		want, isWriting := writing[p.ID]
		switch {
		case isWriting && (uk.Source.Source.ID != "procopywriters-survey-2020" || uk.Closeness != want):
			t.Errorf("%s: writing plans with copywriters' survey (%s), got %s (%s)", p.ID, want, uk.Source.Source.ID, uk.Closeness)
		case !isWriting && (uk.Source.Source.ID != "ipse-freelancer-confidence-index-q3-2024" || uk.Closeness != Proxy):
			t.Errorf("%s: plans with the all-trades proxy, got %s (%s)", p.ID, uk.Source.Source.ID, uk.Closeness)
		}
		if other, _, _ := RateIn(p.ID, InUS); other.Source.Source.ID != us.Source.Source.ID {
			t.Errorf("%s: in the US the rate is the US one", p.ID)
		}
	}
}
