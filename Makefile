# Jixiao — two commands do everything on a fresh Debian machine:
#   make site   builds the example site into _site/
#   make test   runs every test (unit, integration, and the browser/HTML checks)
SHELL := /bin/bash
SWIFT ?= swift
CONTENT ?= content
OUT ?= _site
CONFIG ?= release

.PHONY: site test deps check unit-test browser-test bench bench-hugo generate format lint clean install uninstall

# Installs libcmark-dev (through apt when run as root; otherwise prints the command).
deps:
	@scripts/ensure-deps.sh

site: deps
	@echo "==> Building jixiao ($(CONFIG))"
	@$(SWIFT) build -c $(CONFIG) --product jixiao
	@echo "==> Checking $(CONTENT)"
	@$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/jixiao check $(CONTENT)
	@echo "==> Building the site into $(OUT)"
	@$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/jixiao build $(CONTENT) --output $(OUT)

check: deps
	@$(SWIFT) build --product jixiao
	@$$($(SWIFT) build --show-bin-path)/jixiao check $(CONTENT)

unit-test: deps
	@echo "==> Running the Swift tests"
	@$(SWIFT) test

browser-test: deps
	@scripts/verify/ci.sh

test: unit-test browser-test

# Synthetic company: make generate EMPLOYEES=10000 MONTHS=36 OUT_DIR=/tmp/synthetic
EMPLOYEES ?= 10000
MONTHS ?= 36
SEED ?= 42
OUT_DIR ?= /tmp/jixiao-synthetic
generate: deps
	@$(SWIFT) build -c release --product jixiao
	@$$($(SWIFT) build -c release --show-bin-path)/jixiao generate --employees $(EMPLOYEES) --months $(MONTHS) --seed $(SEED) \
		--policies $(CONTENT)/policies --output $(OUT_DIR)

bench: deps
	@scripts/bench.sh

# Jixiao's whole site beside Hugo's person pages for the same company, alternating runs.
bench-hugo: deps
	@scripts/bench-hugo.sh $(EMPLOYEES) $(MONTHS)

# Formats every Swift file with the committed .swift-format (layout only; no rewrites).
format:
	@$(SWIFT) format format --configuration .swift-format -r -i -p Sources Tests Plugins Tools Package.swift

# Fails when a Swift file is not formatted.
lint:
	@$(SWIFT) format lint --configuration .swift-format -r -s -p Sources Tests Plugins Tools Package.swift
# make install PREFIX=/usr/local (DESTDIR for packaging): the jixiao binary (templates and the
# init scaffold are inside it), bash/zsh/fish completions and the man page.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
MANPAGE = .build/plugins/GenerateManual/outputs/jixiao/jixiao.1
install: deps
	@echo "==> Building jixiao ($(CONFIG))"
	@$(SWIFT) build -c $(CONFIG) --product jixiao
	@install -d $(BINDIR) $(SHAREDIR)/man/man1 $(SHAREDIR)/bash-completion/completions \
		$(SHAREDIR)/zsh/site-functions $(SHAREDIR)/fish/vendor_completions.d
	@install -m 755 "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/jixiao" $(BINDIR)/jixiao
	@$(BINDIR)/jixiao --generate-completion-script bash > $(SHAREDIR)/bash-completion/completions/jixiao
	@$(BINDIR)/jixiao --generate-completion-script zsh > $(SHAREDIR)/zsh/site-functions/_jixiao
	@$(BINDIR)/jixiao --generate-completion-script fish > $(SHAREDIR)/fish/vendor_completions.d/jixiao.fish
	@# The man page from swift-argument-parser's generate-manual plugin; from --help texts if it is unavailable.
	@rm -f $(MANPAGE)
	@if $(SWIFT) package plugin generate-manual --configuration $(CONFIG) >/dev/null 2>&1 && [ -f $(MANPAGE) ]; then \
		install -m 644 $(MANPAGE) $(SHAREDIR)/man/man1/jixiao.1; \
	else scripts/make-manpage.sh $(BINDIR)/jixiao > $(SHAREDIR)/man/man1/jixiao.1; fi
	@echo "==> Installed $$($(BINDIR)/jixiao --version) into $(BINDIR), with completions and man page under $(SHAREDIR)"

uninstall:
	rm -f $(BINDIR)/jixiao $(SHAREDIR)/man/man1/jixiao.1 $(SHAREDIR)/bash-completion/completions/jixiao \
		$(SHAREDIR)/zsh/site-functions/_jixiao $(SHAREDIR)/fish/vendor_completions.d/jixiao.fish

clean:
	rm -rf .build $(OUT)
