package web

import (
	"context"
	"regexp"
	"strings"
	"testing"
)

func renderLayout(t *testing.T, p Page) string {
	t.Helper()
	var b strings.Builder
	if err := Layout(p).Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	// Conditional blocks leave blanks between tags; they mean nothing in a head.
	return betweenTags.ReplaceAllString(b.String(), "><")
}

var betweenTags = regexp.MustCompile(`>\s+<`)

// A page that sets no card keeps the small Twitter card and no image tags:
// the same tags it had before cards existed.
func TestSocialTagsWithoutACardAreUnchanged(t *testing.T) {
	t.Parallel()
	head := renderLayout(t, Page{Title: "T", Social: &Social{Title: "Best fit", Description: "Track fit", URL: "https://x.example/r/abc"}})
	want := `<meta property="og:type" content="website"><meta property="og:site_name" content="Crossroads">` +
		`<meta property="og:title" content="Best fit"><meta property="og:description" content="Track fit">` +
		`<meta property="og:url" content="https://x.example/r/abc"><meta name="twitter:card" content="summary">` +
		`<meta name="twitter:title" content="Best fit"><meta name="twitter:description" content="Track fit">`
	if !strings.Contains(head, want) {
		t.Errorf("social tags changed:\n%s", head)
	}
	if strings.Contains(head, "og:image") {
		t.Error("og:image without a card")
	}
	if plain := renderLayout(t, Page{Title: "T"}); strings.Contains(plain, "og:") || strings.Contains(plain, "twitter:") {
		t.Error("a page without Social has social tags")
	}
}

func TestSocialTagsWithACard(t *testing.T) {
	t.Parallel()
	head := renderLayout(t, Page{Title: "T", Social: &Social{
		Title: "Best fit", Description: "d", URL: "https://x.example/r/abc",
		Image: "https://x.example/r/abc/card/v1.png", ImageWidth: 1200, ImageHeight: 630,
		ImageAlt: `Crossroads. "Copywriting" & more`,
	}})
	for _, want := range []string{
		`<meta property="og:image" content="https://x.example/r/abc/card/v1.png">`,
		`<meta property="og:image:width" content="1200">`,
		`<meta property="og:image:height" content="630">`,
		`<meta property="og:image:alt" content="Crossroads. &#34;Copywriting&#34; &amp; more">`,
		`<meta name="twitter:image:alt" content="Crossroads. &#34;Copywriting&#34; &amp; more">`,
		`<meta name="twitter:card" content="summary_large_image">`,
	} {
		if !strings.Contains(head, want) {
			t.Errorf("head lacks %s", want)
		}
	}
	// Fields left empty stay absent.
	bare := renderLayout(t, Page{Title: "T", Social: &Social{Title: "t", Image: "/r/abc/card/v1.png"}})
	for _, absent := range []string{"og:image:width", "og:image:height", "og:image:alt", "og:url"} {
		if strings.Contains(bare, absent) {
			t.Errorf("%s present although not set", absent)
		}
	}
}
