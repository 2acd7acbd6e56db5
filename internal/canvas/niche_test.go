package canvas

import "testing"

func TestNicheSpecific(t *testing.T) {
	tests := []struct {
		niche string
		want  bool
		why   string
	}{
		{"", false, "empty"},
		{"everyone", false, "generic only"},
		{"People", false, "generic only"},
		{"small businesses", false, "generic only"},
		{"Small and medium businesses online", false, "generic only"},
		{"small businesses in my area", false, "place preposition followed by a generic word"},
		{"anyone who wants to grow", false, "a single non-generic word"},
		{"marketing", false, "a service, not an audience"},
		{"owners", false, "role-like but generic"},
		{"small e-commerce stores", true, "industry word, first article"},
		{"local dentist offices", true, "industry word, second article"},
		{"Shopify stores", true, "platform word"},
		{"dentists", true, "role suffix -ists"},
		{"bookkeepers", true, "role suffix -ers"},
		{"realtors", true, "role suffix -ors"},
		{"physicians", true, "role suffix -ians"},
		{"agencies with under 20 staff", true, "a number"},
		{"3-location franchises", true, "a number inside a word"},
		{"freelancers in Lisbon", true, "a place"},
		{"people in the Algarve", true, "a place after a stop word"},
		{"vintage furniture restorers", true, "two distinct non-generic words"},
		{"wedding planners", true, "industry word"},
		{"craft breweries", true, "two distinct non-generic words"},
		{"breweries breweries", false, "one distinct non-generic word"},
	}
	for _, tc := range tests {
		if got := nicheSpecific(tc.niche); got != tc.want {
			t.Errorf("nicheSpecific(%q) = %v, want %v (%s)", tc.niche, got, tc.want, tc.why)
		}
	}
}
