package server_test

import (
	"context"
	"regexp"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/crossroads/crossroads/internal/testkit"
)

// TestCanvasPrintsOnOneLandscapePage prints a full canvas's board, the
// owner's and the share view: the page turns landscape, the board's ten
// boxes sit in a five-column grid, and the whole print is one sheet (the
// guide, test cards and self-check stay on screen).
func TestCanvasPrintsOnOneLandscapePage(t *testing.T) {
	t.Parallel()
	app := testkit.StartApp(t)
	form := canvasFilledForm()
	for i, what := range []string{"Returns because the text and photos disagree", "Descriptions copied from suppliers hurt search ranking"} {
		k := "pains." + strconv.Itoa(i+1) + "."
		form.Set(k+"what", what)
		form.Set(k+"how_often", "weekly")
		form.Set(k+"severity", "3")
	}
	form.Set("channels", "The regional booksellers' association newsletter and its monthly meet-up")
	form.Set("dependencies.0.mitigation", "Prompts kept portable and tested on a second provider")
	form.Set("dependencies.1.platform", "Shopify")
	form.Set("dependencies.1.mitigation", "Our own mailing list")
	for _, k := range []string{"justifies_time", "aligned"} {
		form.Set(k, "unsure")
		form.Set(k+"_why", "Not tested with paying customers yet; two more conversations planned this month.")
	}
	edit := canvasCreate(t, app, form)
	share := canvasSharePathOf(t, app, edit)

	for _, path := range []string{share, edit} {
		ctx := testkit.Browser(t)
		testkit.Run(t, ctx, chromedp.Navigate(app.URL+path))

		pdf, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: new(true)})
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`).FindSubmatch(pdf.Data)
		if m == nil {
			t.Fatalf("%s: no page size in the PDF", path)
		}
		if n := len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(pdf.Data, -1)); n != 1 {
			t.Errorf("%s prints on %d pages; want one", path, n)
		}
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		h, _ := strconv.ParseFloat(string(m[2]), 64)
		if w <= h {
			t.Errorf("%s prints %v × %v points; want landscape", path, w, h)
		}

		// Lay the page out as print does, in a window the size of the
		// printable area of a landscape sheet (US Letter less 10 mm margins,
		// the smaller of Letter and A4), and measure the board.
		const sheetW, sheetH = 1056 - 76, 794 - 76
		testkit.Run(t, ctx,
			chromedp.EmulateViewport(sheetW, sheetH),
			chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
				_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
				return err
			}),
		)
		type layout struct {
			Columns      int     `json:"columns"`
			BoardBottom  float64 `json:"boardBottom"`
			BoardVisible bool    `json:"boardVisible"`
			Boxes        int     `json:"boxes"`
			FormHidden   bool    `json:"formHidden"`
			CheckHidden  bool    `json:"checkHidden"`
		}
		got := testkit.Get(t, ctx, chromedp.Evaluate[layout](`(() => {
			const b = document.querySelector('.board');
			const hidden = sel => [...document.querySelectorAll(sel)].every(e => e.offsetParent === null);
			return {
				columns: getComputedStyle(b).gridTemplateColumns.split(' ').length,
				boardBottom: b.getBoundingClientRect().bottom + window.scrollY,
				boardVisible: b.offsetParent !== null,
				boxes: b.querySelectorAll('.tile').length,
				formHidden: hidden('form'),
				checkHidden: hidden('.self-check, .guide, #sharing'),
			};
		})()`))
		if got.Columns != 5 || !got.BoardVisible || got.Boxes != 10 || !got.FormHidden || !got.CheckHidden {
			t.Errorf("%s in print: %+v; want a visible five-column board of ten boxes, no form, no self-check", path, got)
		}
		if got.BoardBottom > sheetH {
			t.Errorf("%s in print: the board ends at %.0fpx, past the first landscape sheet (%dpx)", path, got.BoardBottom, sheetH)
		}
	}
}
