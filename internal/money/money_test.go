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

func TestMonthlyAppliesTheYearlyRuleToEachMonthAsAYear(t *testing.T) {
	t.Parallel()
	uk := UK.ContributionsIn().Monthly([]float64{1_000, 2_000, -500}, true)
	// £1,000 a month is £12,000 a year: under £12,570, nothing. £2,000 is
	// £24,000: 6% of £11,430 = £685.80 a year, £57.15 a month. A loss pays nothing.
	want := []float64{0, 57.15, 0}
	for i := range want {
		if math.Abs(uk[i]-want[i]) > 0.005 {
			t.Errorf("UK month %d: %.2f, want %.2f", i+1, uk[i], want[i])
		}
	}
	if us := US.ContributionsIn().Monthly([]float64{1_000}, true); math.Abs(us[0]-153) > 0.005 {
		t.Errorf("US: %.2f on $1,000, want 153", us[0])
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

func TestFormatCents(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		v    float64
		want string
	}{{22.42, "$22.42"}, {41.05, "$41.05"}, {30.2, "$30.20"}, {9.999, "$10.00"}, {1234.5, "$1,234.50"}} {
		if got := US.FormatCents(USD(c.v)); got != c.want {
			t.Errorf("FormatCents(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}
