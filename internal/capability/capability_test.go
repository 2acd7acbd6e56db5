package capability

import (
	"bytes"
	"testing"
)

func TestSecretsAreUniqueWellFormedAndHashed(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		s, h := NewSecret()
		if seen[s] {
			t.Fatalf("secret %q repeated", s)
		}
		seen[s] = true
		if !ValidSecret(s) || len(s) != 43 {
			t.Fatalf("secret %q is not a 43-character base64url token", s)
		}
		if bytes.Equal(h, []byte(s)) || !bytes.Equal(h, Hash(s)) || len(h) != 32 {
			t.Fatalf("hash of %q is not a stable SHA-256", s)
		}
	}
}

func TestShareIDsCarry128Bits(t *testing.T) {
	id := NewShareID()
	if len(id) != 22 || !ValidShareID(id) {
		t.Fatalf("share id %q: want 22 base64url characters (128 bits)", id)
	}
	if NewShareID() == id {
		t.Fatal("two share ids are equal")
	}
}

func TestMalformedTokensAreRejected(t *testing.T) {
	s, _ := NewSecret()
	for _, bad := range []string{"", "short", s + "x", s[:42] + "!", "../../etc/passwd", NewShareID()} {
		if ValidSecret(bad) {
			t.Errorf("ValidSecret(%q) = true", bad)
		}
	}
	for _, bad := range []string{"", s, "aaaaaaaaaaaaaaaaaaaaa=", "<script>alert(1)</script>"} {
		if ValidShareID(bad) {
			t.Errorf("ValidShareID(%q) = true", bad)
		}
	}
}

func FuzzValidSecret(f *testing.F) {
	s, _ := NewSecret()
	f.Add(s)
	f.Add("")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, in string) {
		if ValidSecret(in) && len(in) != SecretLen {
			t.Fatalf("accepted %q of length %d", in, len(in))
		}
	})
}
