#!/usr/bin/python3
"""Reads the running ccm-importer through AT-SPI, as a screen reader does, and fails on any focusable control
without a name: in the main window and in every dialog (passphrase, paste text, profiles, history, certificates,
help).
Also checks that the banner's new text is announced (an accessible-name change event).

Run by run_atspi.sh (Xvfb + a D-Bus session with the AT-SPI bus); usage: check_atspi.py APP DATA_DIR
"""
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

APP, DATA = sys.argv[1], sys.argv[2]
failures = []


def poll(condition, timeout):
    """The condition's first true value within the timeout, else None."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        pump(0.05)
    return None


def wait_for(condition, timeout=20.0, what="condition"):
    value = poll(condition, timeout)
    if not value:
        raise SystemExit(f"FAIL: timed out waiting for {what}")
    return value


def pump(seconds):
    """Lets AT-SPI events arrive while waiting."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except GLib.Error:
            continue
    return None


def walk(node, path, visit, depth=0):
    if node is None or depth > 60:
        return
    visit(node, path)
    try:
        count = node.get_child_count()
    except GLib.Error:
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except GLib.Error:
            continue
        walk(child, path + [f"{role(child)}[{i}]"], visit, depth + 1)


def role(node):
    try:
        return node.get_role_name()
    except GLib.Error:
        return "?"


def windows(app):
    found = []
    for i in range(app.get_child_count()):
        child = app.get_child_at_index(i)
        if child is not None and child.get_state_set().contains(Atspi.StateType.SHOWING):
            found.append(child)
    return found


def dialog(app):
    for window in windows(app):
        if role(window) == "dialog":
            return window
    return None


def children(node):
    try:
        return [node.get_child_at_index(i) for i in range(node.get_child_count())]
    except GLib.Error:
        return []


def popup_menu(app):
    """The menu bar's menu that is on screen (Qt shows it as menu bar > menu item > popup menu)."""
    main_window = window_named(app, "CCM Importer")
    for bar in children(main_window) if main_window else []:
        if role(bar) != "menu bar":
            continue
        for item in children(bar):
            for menu in children(item):
                if role(menu) == "popup menu" and menu.get_state_set().contains(Atspi.StateType.SHOWING):
                    return menu
    return None


def choose_from_menu(app, menu_key, item_key):
    """Opens a menu with its mnemonic and picks an entry once the menu is on screen: on a busy machine the entry's
    key would otherwise reach the window before the menu. A menu that did not open is asked for again."""
    for _ in range(3):
        focus_window("CCM Importer")
        key(menu_key)
        if poll(lambda: popup_menu(app), 5.0):
            key(item_key)
            return
    raise SystemExit(f"FAIL: {menu_key} opened no menu")


def window_named(app, title):
    for window in windows(app):
        if window.get_name() == title:
            return window
    return None


def check_names(window, label):
    checked = [0]

    def visit(node, path):
        states = node.get_state_set()
        if not states.contains(Atspi.StateType.FOCUSABLE) or not states.contains(Atspi.StateType.SHOWING):
            return
        checked[0] += 1
        if not (node.get_name() or "").strip():
            failures.append(f"{label}: focusable {role(node)} without a name at {'/'.join(path)}")

    walk(window, [role(window)], visit)
    print(f"{label}: {checked[0]} focusable controls checked")
    if checked[0] == 0:
        failures.append(f"{label}: no focusable controls found (is the tree exposed?)")


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
    pump(0.2)


def focus_window(title):
    ids = wait_for(lambda: subprocess.run(["xdotool", "search", "--name", f"^{title}$"], capture_output=True,
                                          text=True).stdout.split(), what=f"X window '{title}'")
    subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=False)
    pump(0.2)


def main():
    Atspi.init()
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    # An encrypted key asks for its passphrase at start: the first dialog to read.
    command = [APP, "--language", "en", os.path.join(DATA, "rsa/fullchain.pem"), os.path.join(DATA, "rsa/leaf.enc.key")]
    app_process = subprocess.Popen(command, env=env)
    try:
        app = wait_for(lambda: find_app(app_process.pid) or app_process.poll() is not None,
                       what="the application on the AT-SPI bus")
        if app is True:
            # The application ended before it appeared: say what the X server answers now, and start it once more
            # (a display that refused one client is an environment problem, not the application's).
            probe = subprocess.run(["xdpyinfo"], capture_output=True, text=True)
            print(f"the application exited with {app_process.returncode} before it appeared; xdpyinfo on "
                  f"{os.environ.get('DISPLAY')}: exit {probe.returncode} {probe.stderr.strip()}", file=sys.stderr)
            app_process = subprocess.Popen(command, env=env)
            app = wait_for(lambda: find_app(app_process.pid) or app_process.poll() is not None,
                           what="the application on the AT-SPI bus")
            if app is True:
                raise SystemExit(f"FAIL: the application exited with {app_process.returncode} twice before it "
                                 "appeared on the AT-SPI bus")
        passphrase = wait_for(lambda: dialog(app), what="the passphrase dialog")
        check_names(passphrase, "passphrase dialog")

        names = []

        def on_event(event):
            try:
                names.append((event.type, event.source.get_name() or ""))
            except GLib.Error:
                pass

        listener = Atspi.EventListener.new(on_event)
        listener.register("object:property-change:accessible-name")
        focus_window(passphrase.get_name())
        subprocess.run(["xdotool", "type", "--delay", "20", "correct horse"], check=True)
        key("Return")
        wait_for(lambda: any(n.startswith("Ready to import") for _, n in names), what="the banner's announcement")
        print("announced:", [n for _, n in names if n.startswith("Ready")][0])

        main_window = wait_for(lambda: window_named(app, "CCM Importer"), what="the main window")
        check_names(main_window, "main window")

        for keys, title, label in [(["alt+f", "p"], "Paste text", "paste text dialog"),
                                   (["alt+c", "p"], "Account profiles", "profiles dialog"),
                                   (["alt+c", "h"], "Import history", "history dialog"),
                                   (["alt+c", "c"], 'Certificates of "Local sandbox"', "certificates window"),
                                   (["F1"], "CCM Importer help", "help dialog")]:
            if len(keys) == 2:
                choose_from_menu(app, *keys)
            else:
                focus_window("CCM Importer")
                key(*keys)
            opened = wait_for(lambda: dialog(app), what=label)
            pump(0.3)
            if opened.get_name() != title:
                failures.append(f"{label}: the dialog that opened is '{opened.get_name()}'")
            check_names(opened, label)
            focus_window(opened.get_name())
            key("Escape")
            wait_for(lambda: dialog(app) is None, what=f"{label} to close")
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


sys.exit(main())
