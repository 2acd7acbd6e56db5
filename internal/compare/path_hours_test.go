package compare

import (
	"math"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
)

// A path page's hours table is the personal line of a US person with the
// same hours, to the cent: one engine for both.
func TestPathAtHoursIsThePersonalLineAtThoseHours(t *testing.T) {
	t.Parallel()
	hours := []int{8, 12, 20}
	for _, p := range catalog.All() {
		got, ok := PathAtHours(p, 8, 12, 20)
		_, _, hasRate := catalog.RateOf(p.ID)
		if ok != (p.Mode == catalog.SideHustle && hasRate) {
			t.Errorf("%s (%s, rate %v): table given = %v", p.ID, p.Mode, hasRate, ok)
		}
		if !ok {
			continue
		}
		if len(got.Rows) != len(hours) || got.Assumed.BillablePct != 70 || got.Assumed.TaxPct != 0 || got.Assumed.Country != "us" {
			t.Fatalf("%s: %+v", p.ID, got)
		}
		for i, h := range hours {
			line := PersonalFor(p, personAt(h, 0, "us")).Hustle
			row := got.Rows[i]
			if line.Established != got.Established || math.Abs(line.Net-row.Net) > 0.005 || math.Abs(line.Gross-row.Gross) > 0.005 ||
				math.Abs(line.GrossLow-row.GrossLow) > 0.005 || math.Abs(line.GrossHigh-row.GrossHigh) > 0.005 ||
				math.Abs(line.PerHourWorked-row.PerHourWorked) > 0.005 {
				t.Errorf("%s at %d h: page %+v (month %d), personal line %+v", p.ID, h, row, got.Established, line)
			}
			if i > 0 && row.Net <= got.Rows[i-1].Net {
				t.Errorf("%s: %d h keeps %.2f, no more than fewer hours", p.ID, h, row.Net)
			}
		}
	}
}

// Worked by hand: copywriting at 8 hours a week, writers' $29.89 median.
func TestPathAtHoursWorkedExample(t *testing.T) {
	t.Parallel()
	got, ok := PathAtHours(mustPath(t, "copywriting"), 8)
	if !ok {
		t.Fatal("copywriting has a rate")
	}
	billed := 8 * (52.0 - 4) / 12 * 0.70 // 22.4 hours: 4 weeks off, 70% billed (ours)
	gross := billed * 29.89              // 669.54
	profit := gross * (1 - 0.05)         // the 5% Direct Contracts fee
	net := profit * (1 - 0.153)          // US self-employment tax, 15.3%
	row := got.Rows[0]
	if math.Abs(row.Gross-gross) > 0.005 || math.Abs(row.Net-net) > 0.005 || row.GrossLow != row.GrossHigh ||
		math.Abs(row.PerHourWorked-net/(8*4)) > 0.005 || got.Established != 13 {
		t.Errorf("copywriting at 8 h: %+v in month %d; want gross %.2f, net %.2f, %.2f an hour worked, month 13",
			row, got.Established, gross, net, net/32)
	}
}
