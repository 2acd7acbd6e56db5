package server_test

import "github.com/chromedp/chromedp"

func chromedpNavigate(url string) chromedp.Action[chromedp.Void] { return chromedp.Navigate(url) }
