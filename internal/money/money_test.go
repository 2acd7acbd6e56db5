package money

import (
	"math"
	"testing"
)

func TestFormatWritesTheReadersOwnSymbolAndNeverConverts(t *testing.T) {
	t.Parallel()
	cases := []struct {
		reader Country
		amount Amount
		want   string
	}{
		{US, USD(62170), "$62,170"},
		{UK, UK.In(1234.5), "£1,235"},
		{UK, USD(62170), "US$62,170"}, // a US figure stays in dollars, marked
		{Canada, Canada.In(4200), "$4,200"},
		{Canada, USD(50), "US$50"},
		{Australia, Australia.In(1300), "$1,300"},
		{Australia, USD(28), "USD 28"},
		{Elsewhere, USD(28), "US$28"},
		{UK, UK.In(-500), "−£500"},
		{US, USD(-0.4), "$0"},
		{US, USD(1_000_000), "$1,000,000"},
		{"", USD(3), "$3"}, // no country: the United States
	}
	for _, c := range cases {
		if got := c.reader.Format(c.amount); got != c.want {
			t.Errorf("%s reads %v %s: %q, want %q", c.reader, c.amount.Value, c.amount.Currency, got, c.want)
		}
	}
}

func TestParseCountryKeepsOldAnswersAmerican(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]Country{"": US, "us": US, "uk": UK, "ca": Canada, "au": Australia, "other": Elsewhere, "fr": US, "UK": US} {
		if got := ParseCountry(in); got != want {
			t.Errorf("ParseCountry(%q) = %q, want %q", in, got, want)
		}
	}
}

// Worked examples from the cited pages' own figures.
func TestContributionsFollowTheCitedRules(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		country Country
		profit  float64
		dayJob  bool
		want    float64
	}{
		{"US: 15.3% of profit", US, 12_000, true, 1_836},
		{"UK: nothing up to £12,570", UK, 12_570, true, 0},
		{"UK: 6% of £20,000 − £12,570", UK, 20_000, true, 445.80},
		{"UK: 6% to £50,270, 2% above", UK, 60_000, true, 2_262 + 194.60},
		{"Canada with a day job: 11.9% from the first dollar", Canada, 20_000, true, 2_380},
		{"Canada without one: the first $3,500 exempt", Canada, 20_000, false, 1_963.50},
		{"Canada: at most the self-employed maximum", Canada, 100_000, true, 8_068.20},
		{"Canada: the maximum, reached exactly without a day job", Canada, 71_300, false, 8_068.20},
		{"Australia: the 2% Medicare levy", Australia, 30_000, true, 600},
		{"elsewhere: no rule", Elsewhere, 30_000, true, 0},
		{"a loss pays nothing", US, -5_000, true, 0},
	}
	for _, c := range cases {
		got := c.country.ContributionsIn().Annual(c.profit, c.dayJob)
		if math.Abs(got-c.want) > 0.005 {
			t.Errorf("%s: %.2f, want %.2f", c.name, got, c.want)
		}
	}
	for _, c := range Countries {
		r := c.ContributionsIn()
		if r.Rule == "" || r.Known() != (r.Source.URL != "") {
			t.Errorf("%s: a rule must say itself and cite its page when it charges anything: %+v", c, r)
		}
	}
}

func TestMonthlyAppliesTheYearsBandsToTheYearSoFar(t *testing.T) {
	t.Parallel()
	months := make([]float64, 24)
	for i := range months {
		months[i] = 2_000
	}
	got := UK.ContributionsIn().Monthly(months, true)
	var year1 float64
	for i, v := range got[:12] {
		if i < 6 && v != 0 {
			t.Errorf("month %d pays %.2f before the year's profit passes £12,570", i+1, v)
		}
		year1 += v
	}
	if math.Abs(year1-685.80) > 0.005 { // 6% of £24,000 − £12,570
		t.Errorf("year 1 pays %.2f, want 685.80", year1)
	}
	if got[12] != 0 {
		t.Errorf("a new year starts under the threshold again: month 13 pays %.2f", got[12])
	}
	us := US.ContributionsIn().Monthly([]float64{1_000, -500, 1_000}, true)
	if math.Abs(us[0]-153) > 0.005 || us[1] != 0 || math.Abs(us[0]+us[2]-229.5) > 0.005 {
		t.Errorf("US monthly with a loss month: %v, want the year's 15.3%% of 1,500 = 229.50 in all", us)
	}
}

func FuzzContributions(f *testing.F) {
	f.Add("uk", 20_000.0, true)
	f.Add("ca", 1e12, false)
	f.Add("us", math.Inf(1), true)
	f.Add("au", math.NaN(), false)
	f.Fuzz(func(t *testing.T, country string, profit float64, dayJob bool) {
		got := ParseCountry(country).ContributionsIn().Annual(profit, dayJob)
		if math.IsNaN(got) || got < 0 || (profit > 0 && got > profit) {
			t.Fatalf("%s on %v: %v (must be a number between 0 and the profit)", country, profit, got)
		}
	})
}
