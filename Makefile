# Journeymap: `make run` opens the editor on a sample map; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := online-purchase

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/journeymap --template $(SAMPLE)

# The suite runs in a random order on the machine as it is, then the tests that measure, wrap, draw or
# export text (layout, exports, empathy sheets: where a CJK font changes which face draws a character)
# run again in another order with a TrueType CJK font in $$XDG_DATA_HOME/fonts (where the app and
# fontconfig look); the editor's tests take their text sizes from the same layout and run once.
# The order is seeded: `make test SEED=N` repeats a run; the second run uses SEED+1.
SEED ?= 1
TEST_FONTS := $(VENV)/test-fonts
TEXT_TESTS := tests/export tests/layout tests/empathy
# Modules run in a random order and so do the tests inside each (a module's shared fixtures are made once),
# spread over JOBS worker processes by module (pytest-xdist --dist loadfile: a module's tests share one
# process, as the screen-reader tests share one desktop bus; every worker shuffles with the same seed, so each
# collects the same list). `make test JOBS=1` runs them in one process.
JOBS ?= 2
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --random-order-bucket=module -n $(JOBS) --dist loadfile

test: $(STAMP)
	@echo "== test run 1 of 2: this machine's fonts, random order, seed $(SEED)"
	$(PYTEST) --random-order-seed=$(SEED)
	@tools/cjk_test_font.sh $(TEST_FONTS)
	@echo "== test run 2 of 2: the text tests with a TrueType CJK font visible, random order, seed $$(($(SEED) + 1))"
	XDG_DATA_HOME=$(CURDIR)/$(TEST_FONTS) XDG_CACHE_HOME=$(CURDIR)/$(TEST_FONTS)/cache \
		$(PYTEST) --random-order-seed=$$(($(SEED) + 1)) $(TEXT_TESTS)

lint: $(STAMP)
	$(BIN)/ruff check journeymap tests benchmarks tools packaging
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy --cache-dir $(VENV)/.mypy_cache

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# --- Desktop integration and packaging (packaging/README.md) -------------------------------
APP_ID := io.github.journeymap.Journeymap
LINUX := packaging/linux
DATA_HOME := $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
# The command the .desktop entry runs; e.g. EXEC=$(CURDIR)/dist/journeymap/journeymap
EXEC ?= journeymap
DESKTOP_ICONS := $(shell cd $(LINUX)/icons && find hicolor -type f 2>/dev/null | sort)

.PHONY: install-desktop uninstall-desktop package test-packaging

install-desktop:
	install -d $(DATA_HOME)/applications $(DATA_HOME)/mime/packages $(DATA_HOME)/metainfo
	sed -e 's|^Exec=journeymap |Exec=$(EXEC) |' -e 's|^TryExec=journeymap$$|TryExec=$(EXEC)|' \
		$(LINUX)/$(APP_ID).desktop > $(DATA_HOME)/applications/$(APP_ID).desktop
	install -m 644 $(LINUX)/$(APP_ID).xml $(DATA_HOME)/mime/packages/$(APP_ID).xml
	install -m 644 $(LINUX)/$(APP_ID).metainfo.xml $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	for f in $(DESKTOP_ICONS); do install -D -m 644 $(LINUX)/icons/$$f $(DATA_HOME)/icons/$$f; done
	-command -v update-mime-database >/dev/null && update-mime-database $(DATA_HOME)/mime
	-command -v update-desktop-database >/dev/null && update-desktop-database $(DATA_HOME)/applications
	-command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f $(DATA_HOME)/icons/hicolor
	@command -v $(EXEC) >/dev/null || echo "note: '$(EXEC)' is not on PATH; the menu entry needs it (or: make install-desktop EXEC=/full/path/journeymap)"
	@echo "installed the Journeymap desktop entry, .journey file type and icons into $(DATA_HOME)"

uninstall-desktop:
	rm -f $(DATA_HOME)/applications/$(APP_ID).desktop $(DATA_HOME)/mime/packages/$(APP_ID).xml \
		$(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	for f in $(DESKTOP_ICONS); do rm -f $(DATA_HOME)/icons/$$f; done
	-command -v update-mime-database >/dev/null && test -d $(DATA_HOME)/mime && update-mime-database $(DATA_HOME)/mime
	-command -v update-desktop-database >/dev/null && test -d $(DATA_HOME)/applications && update-desktop-database $(DATA_HOME)/applications
	-command -v gtk-update-icon-cache >/dev/null && test -f $(DATA_HOME)/icons/hicolor/icon-theme.cache && gtk-update-icon-cache -q -t -f $(DATA_HOME)/icons/hicolor
	@echo "removed the Journeymap desktop entry, .journey file type and icons from $(DATA_HOME)"

PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

# A self-contained app folder in dist/journeymap/, then the smoke test of it.
package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/journeymap.spec
	packaging/smoke_test.sh dist/journeymap/journeymap

# The validators come from Debian packages, not pip: install them if they are missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
test-packaging: $(PACKAGE_STAMP)
	@command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null || \
		{ $(SUDO) apt-get install -y desktop-file-utils appstream || \
		  { $(SUDO) apt-get update && $(SUDO) apt-get install -y desktop-file-utils appstream; }; }
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m packaging tests/packaging

# --- axe-core, the accessibility checker the HTML export's browser tests run (tests/export/html) ---
AXE := $(VENV)/axe/node_modules/axe-core/axe.min.js
test: $(AXE)
$(AXE): | $(BIN)/python
	@command -v npm >/dev/null || { $(SUDO) apt-get install -y npm || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y npm; }; }
	npm install --prefix $(VENV)/axe --no-audit --no-fund --loglevel=error axe-core@4

# --- The workshop room's browser test (tests/ui/present/test_room_browser.py) -----------------
# It drives Debian's chromium through chromium-driver: install them if they are missing.
.PHONY: browser-for-tests
test: browser-for-tests
browser-for-tests:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		{ $(SUDO) apt-get install -y chromium chromium-driver || \
		  { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }; }

# --- poppler's pdftotext for the right-to-left extraction tests (tests/export/test_rtl.py) -----------
.PHONY: pdftotext-for-tests
test: pdftotext-for-tests
pdftotext-for-tests:
	@command -v pdftotext >/dev/null || \
		{ $(SUDO) apt-get install -y poppler-utils || \
		  { $(SUDO) apt-get update && $(SUDO) apt-get install -y poppler-utils; }; }

# --- Translations (README "For developers"): extract the marked strings, merge into each .po, compile .mo ---
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python tools/make_translations.py

# --- The screen-reader test through the real accessibility bus (tests/ui/a11y/test_atspi_bus.py) -------
# It starts Xvfb, a D-Bus session and the AT-SPI registry, runs the editor on Qt's xcb platform (which needs
# the xcb libraries) and reads it with Debian's pyatspi (the library Orca uses) under the system python
# (/usr/bin/python3): install them if they are missing.
ATSPI_PACKAGES := at-spi2-core dbus-x11 python3-pyatspi xvfb libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
QT_XCB = $(wildcard $(VENV)/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so)
.PHONY: atspi-for-tests
test: atspi-for-tests
atspi-for-tests: $(STAMP)
	@command -v Xvfb >/dev/null && command -v dbus-launch >/dev/null && test -x /usr/libexec/at-spi2-registryd \
		&& /usr/bin/python3 -c 'import pyatspi' 2>/dev/null && ! ldd $(QT_XCB) | grep -q 'not found' || \
		{ $(SUDO) apt-get install -y $(ATSPI_PACKAGES) || \
		  { $(SUDO) apt-get update && $(SUDO) apt-get install -y $(ATSPI_PACKAGES); }; }
