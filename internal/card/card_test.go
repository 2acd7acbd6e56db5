package card_test

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"strings"
	"sync"
	"testing"

	"github.com/crossroads/crossroads/internal/card"
)

func newRenderer(tb testing.TB) *card.Renderer {
	tb.Helper()
	r, err := card.NewRenderer()
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

var sample = card.Card{
	Headline: "AI-assisted content agency for local trades: Strong fit",
	Subtitle: "Best track: hybrid",
	Bars: []card.Bar{
		{Label: "Marketing side hustle", Value: 64, Track: "marketing"},
		{Label: "AI job", Value: 41, Track: "ai-job"},
		{Label: "Hybrid", Value: 78, Track: "hybrid"},
	},
}

var background = color.RGBA{0xfb, 0xfa, 0xf7, 0xff}

func TestRenderIsA1200x630PNG(t *testing.T) {
	t.Parallel()
	b, err := newRenderer(t).Render(sample)
	if err != nil {
		t.Fatal(err)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || format != "png" || cfg.Width != 1200 || cfg.Height != 630 {
		t.Fatalf("got %s %dx%d (%v), want a 1200x630 png", format, cfg.Width, cfg.Height, err)
	}
	if _, err := png.Decode(bytes.NewReader(b)); err != nil {
		t.Fatalf("the card does not decode: %v", err)
	}
}

// decoded renders c and decodes the PNG into RGBA pixels.
func decoded(t *testing.T, r *card.Renderer, c card.Card) *image.RGBA {
	t.Helper()
	b, err := r.Render(c)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out := image.NewRGBA(img.Bounds())
	draw.Draw(out, out.Bounds(), img, image.Point{}, draw.Src)
	return out
}

// filledWidth counts the pixels of colour c along the middle row of bar i.
func filledWidth(img *image.RGBA, i int, c color.RGBA) int {
	r := card.BarRect(i)
	y := (r.Min.Y + r.Max.Y) / 2
	n := 0
	for x := r.Min.X; x < r.Max.X; x++ {
		if img.RGBAAt(x, y) == c {
			n++
		}
	}
	return n
}

func TestBarLengthsAreProportionalToValues(t *testing.T) {
	t.Parallel()
	r := newRenderer(t)
	colours := map[string]color.RGBA{
		"marketing": {0xb4, 0x44, 0x1f, 0xff},
		"ai-job":    {0x0b, 0x5c, 0xad, 0xff},
		"hybrid":    {0x6a, 0x3f, 0xa0, 0xff},
	}
	width := card.BarRect(0).Dx()
	for _, tc := range []struct {
		values []int
		want   []int // percentages after clamping
	}{
		{[]int{0, 50, 100}, []int{0, 50, 100}},
		{[]int{1, 37, 99}, []int{1, 37, 99}},
		{[]int{-20, 140, 73}, []int{0, 100, 73}},
	} {
		c := card.Card{Headline: "Values", Bars: []card.Bar{
			{Label: "M", Value: tc.values[0], Track: "marketing"},
			{Label: "A", Value: tc.values[1], Track: "ai-job"},
			{Label: "H", Value: tc.values[2], Track: "hybrid"},
		}}
		img := decoded(t, r, c) // the bytes a client gets, not the drawing before encoding
		for i, bar := range c.Bars {
			got := filledWidth(img, i, colours[bar.Track])
			want := (width*tc.want[i] + 50) / 100
			if got != want {
				t.Errorf("value %d: bar %d is %d px of %d filled, want %d", tc.values[i], i, got, width, want)
			}
		}
	}
}

func TestOnlyThreeBarsAndUnknownTracksAreNeutral(t *testing.T) {
	t.Parallel()
	c := card.Card{Headline: "Four", Bars: []card.Bar{
		{Label: "one", Value: 100, Track: "nonsense"}, {Label: "two", Value: 10}, {Label: "three", Value: 10}, {Label: "four", Value: 100, Track: "hybrid"},
	}}
	img, err := newRenderer(t).Draw(c)
	if err != nil {
		t.Fatal(err)
	}
	r := card.BarRect(0)
	if got := img.RGBAAt(r.Max.X-1, (r.Min.Y+r.Max.Y)/2); got == background {
		t.Error("a bar with an unknown track was not drawn")
	}
	below := card.BarRect(3)
	for y := below.Min.Y; y < min(below.Max.Y, card.Height); y++ {
		for x := below.Min.X; x < below.Max.X; x++ {
			if img.RGBAAt(x, y) != background {
				t.Fatalf("a fourth bar was drawn at (%d,%d)", x, y)
			}
		}
	}
}

// assertInside fails when anything was drawn in the card's margins or in
// the gap between the label column and the bars.
func assertInside(t *testing.T, img *image.RGBA) {
	t.Helper()
	const margin = 72
	for y := 0; y < card.Height; y++ {
		for _, span := range [][2]int{{0, margin}, {card.Width - margin, card.Width}} {
			for x := span[0]; x < span[1]; x++ {
				if img.RGBAAt(x, y) != background {
					t.Fatalf("drawn into the margin at (%d,%d)", x, y)
				}
			}
		}
	}
	for y := card.Height - margin; y < card.Height; y++ {
		for x := 0; x < card.Width; x++ {
			if img.RGBAAt(x, y) != background {
				t.Fatalf("drawn into the bottom margin at (%d,%d)", x, y)
			}
		}
	}
	for i := range card.MaxBars {
		r := card.BarRect(i)
		for y := r.Min.Y - 8; y < r.Max.Y+8; y++ {
			for x := r.Min.X - 20; x < r.Min.X; x++ {
				if img.RGBAAt(x, y) != background {
					t.Fatalf("bar %d's label runs into its bar at (%d,%d)", i, x, y)
				}
			}
		}
	}
}

func TestLongTextStaysInsideTheCard(t *testing.T) {
	t.Parallel()
	r := newRenderer(t)
	long := strings.Repeat("Extraordinarily long path name ", 20)
	for name, c := range map[string]card.Card{
		"long words":  {Headline: long, Subtitle: long, Bars: []card.Bar{{Label: long, Value: 100, Track: "hybrid"}, {Label: long, Value: 5}, {Label: long, Value: 50}}},
		"no spaces":   {Headline: strings.Repeat("W", 500), Subtitle: strings.Repeat("m", 500), Bars: []card.Bar{{Label: strings.Repeat("W", 300), Value: 100}}},
		"wide glyphs": {Headline: strings.Repeat("漢字", 200), Subtitle: strings.Repeat("😀", 100), Bars: []card.Bar{{Label: strings.Repeat("ŴŴ", 100), Value: 100}}},
		"line breaks": {Headline: "first\nsecond\nthird\nfourth\nfifth\nsixth", Subtitle: "a\tb\r\nc", Bars: []card.Bar{{Label: "x\ny\nz", Value: 10}}},
	} {
		t.Run(name, func(t *testing.T) {
			assertInside(t, decoded(t, r, c))
		})
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	t.Parallel()
	r := newRenderer(t)
	first, err := r.Render(sample)
	if err != nil {
		t.Fatal(err)
	}
	// Concurrent renders share the parsed fonts; they must still agree.
	var wg sync.WaitGroup
	out := make([][]byte, 4)
	for i := range out {
		wg.Go(func() { out[i], _ = r.Render(sample) })
	}
	wg.Wait()
	again, _ := newRenderer(t).Render(sample)
	for i, b := range append(out, again) {
		if !bytes.Equal(b, first) {
			t.Fatalf("render %d differs from the first (%d vs %d bytes)", i, len(b), len(first))
		}
	}
	other := sample
	other.Bars = append([]card.Bar(nil), sample.Bars...)
	other.Bars[0].Value++
	if b, _ := r.Render(other); bytes.Equal(b, first) {
		t.Error("a different value gave the same bytes")
	}
}

func TestAltSaysWhatTheCardShows(t *testing.T) {
	t.Parallel()
	got := sample.Alt()
	want := "Crossroads. AI-assisted content agency for local trades: Strong fit. Best track: hybrid. " +
		"Marketing side hustle: 64 out of 100; AI job: 41 out of 100; Hybrid: 78 out of 100."
	if got != want {
		t.Errorf("Alt() = %q\nwant    %q", got, want)
	}
	if got := (card.Card{Headline: "a\nb", Bars: []card.Bar{{Label: "x", Value: 150}}}).Alt(); got != "Crossroads. a b. x: 100 out of 100." {
		t.Errorf("Alt() = %q", got)
	}
}

func FuzzDraw(f *testing.F) {
	f.Add("Freelance copywriting: Strong fit", "Best track: marketing", "AI job", 42)
	f.Add(strings.Repeat("W", 400), strings.Repeat("漢", 300), strings.Repeat("m", 200), 100)
	f.Add("\xff\xfe\n\t\u202e", "\u200b\u200b", "\x00", -1)
	f.Add("", "", "", 0)
	r := newRenderer(f)
	f.Fuzz(func(t *testing.T, headline, subtitle, label string, value int) {
		c := card.Card{Headline: headline, Subtitle: subtitle, Bars: []card.Bar{
			{Label: label, Value: value, Track: "hybrid"}, {Label: label + label, Value: value / 2}, {Label: subtitle, Value: 100},
		}}
		img, err := r.Draw(c)
		if err != nil {
			t.Fatal(err)
		}
		assertInside(t, img)
		if alt := c.Alt(); !strings.HasPrefix(alt, "Crossroads") {
			t.Fatalf("alt text %q", alt)
		}
	})
}

func BenchmarkRender(b *testing.B) {
	r := newRenderer(b)
	out, err := r.Render(sample)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Render(sample); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(out)), "png-bytes")
}
