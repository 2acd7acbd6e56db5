package web

import (
	"net/url"
	"testing"
	"unicode/utf8"

	"github.com/crossroads/crossroads/internal/canvas"
)

// FuzzDecodeCanvasForm: any form body decodes and converts without
// panicking; what converts cleanly is a canvas its own validator accepts and
// the self-check can score; every rejection has a message.
func FuzzDecodeCanvasForm(f *testing.F) {
	f.Add("title=Shop+copy&niche=independent+bookshops+in+Leeds&pains.0.what=Stock+unlisted&pains.0.severity=4&pains.0.evidence=observed&hours=6")
	f.Add("pains.99999999999.severity=9&pains.-1.what=x&dependencies.0.platform=Etsy&op=remove-pain-0")
	f.Add("hours=ten&real_problem=maybe&pains.0.evidence=proven&pains.0.severity=%ff")
	f.Add("niche=%00%01&title=" + url.QueryEscape("<script>alert(1)</script>") + "&op=add-dependency")
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return
		}
		in := ParseCanvasOp(form.Get("op")).Apply(DecodeCanvasInput(form))
		c, errs := in.ToCanvas()
		for k, msg := range errs {
			if msg == "" {
				t.Fatalf("empty message for %s", k)
			}
		}
		if len(errs) > 0 {
			return
		}
		// What is accepted must be storable and showable as it is.
		for _, s := range []string{c.Title, c.Niche, c.Channels, c.Price} {
			if !utf8.ValidString(s) {
				t.Fatalf("accepted invalid UTF-8 %q", s)
			}
		}
		if bad := c.Validate(); len(bad) > 0 {
			t.Fatalf("decoded canvas fails its own validation: %v", bad)
		}
		rep := canvas.Check(c, -1)
		if rep.Readiness < 0 || rep.Readiness > 100 {
			t.Fatalf("readiness %d", rep.Readiness)
		}
	})
}
