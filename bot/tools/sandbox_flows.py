#!/usr/bin/python3
"""Walks through every bot flow in the sandbox chat (/sandbox/chat) as a resident would, by clicking and typing
in headless Chromium, and saves a screenshot of each flow in docs/bot/.

    bin/tsutawaru &                                   # the service on its embedded defaults
    /usr/bin/python3 bot/tools/sandbox_flows.py [http://localhost:8080] [docs/bot]

Needs Debian's chromium, chromium-driver and python3-selenium (apt-get install -y ...). Each flow uses a resident
of its own (a fresh name), so the flows do not disturb each other and the script can run again on the same data.
"""
import struct
import sys
import tempfile
import time
import uuid
import zlib
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/bot")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=ja",
                     "--window-size=1000,820"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def photo_of_a_pothole():
    """A small PNG drawn here (grey asphalt, a dark hole), so the script needs no image file."""
    width, height = 160, 120
    rows = b""
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            inside = ((x - 80) / 45) ** 2 + ((y - 60) / 25) ** 2 < 1
            row += bytes([40, 35, 30] if inside else [120, 120, 125])
        rows += bytes(row)
    chunk = lambda kind, data: (struct.pack(">I", len(data)) + kind + data
                                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    path = Path(tempfile.gettempdir()) / "tsutawaru-pothole.png"
    path.write_bytes(png)
    return str(path)


class Resident:
    """One resident on the chat page: acts, and waits for the bot's answer before the next step."""

    def __init__(self, driver, name):
        self.driver = driver
        driver.get(BASE + "/sandbox/chat")
        field = driver.find_element(By.ID, "resident-name")
        field.clear()
        field.send_keys(name)
        self.seen = 0

    def bot_messages(self):
        return len(self.driver.find_elements(By.CSS_SELECTOR, "#timeline li.bot"))

    def wait_for_answer(self, at_least=1):
        WebDriverWait(self.driver, 20).until(lambda d: self.bot_messages() >= self.seen + at_least)
        time.sleep(0.8)  # the rest of a multi-message answer arrives with the same poll, or the next one
        self.seen = self.bot_messages()

    def say(self, text, answers=1):
        box = self.driver.find_element(By.ID, "message")
        box.send_keys(text)
        self.driver.find_element(By.CSS_SELECTOR, "#composer button[type=submit]").click()
        if answers:
            self.wait_for_answer(answers)

    def tap(self, label, answers=1):
        """Taps a quick reply or a button of the last card whose label starts with this text."""
        buttons = self.driver.find_elements(By.CSS_SELECTOR, "#quick-replies button, #timeline .card button")
        matching = [button for button in buttons if button.text.strip().startswith(label)]
        if not matching:
            raise AssertionError(f"No button {label!r} among {[b.text for b in buttons]}")
        matching[-1].click()
        if answers:
            self.wait_for_answer(answers)

    def has_button(self, label):
        buttons = self.driver.find_elements(By.CSS_SELECTOR, "#quick-replies button")
        return any(button.text.strip().startswith(label) for button in buttons)

    def tap_first_choice(self):
        self.driver.find_elements(By.CSS_SELECTOR, "#quick-replies button")[0].click()
        self.wait_for_answer()

    def press(self, element_id, answers=1):
        self.driver.find_element(By.ID, element_id).click()
        if answers:
            self.wait_for_answer(answers)

    def send_photo(self, path):
        self.driver.find_element(By.ID, "image").send_keys(path)
        self.wait_for_answer()

    def send_location(self):
        self.driver.find_element(By.CSS_SELECTOR, "#location-form button[type=submit]").click()
        self.wait_for_answer()

    def screenshot(self, name):
        OUT.mkdir(parents=True, exist_ok=True)
        self.driver.save_screenshot(str(OUT / f"{name}.png"))
        print("saved", OUT / f"{name}.png")


def fresh(name):
    return f"{name}{uuid.uuid4().hex[:4]}"


def registration(driver):
    resident = Resident(driver, fresh("登録さん"))
    resident.press("follow", answers=2)
    resident.tap("日本語")
    resident.tap_first_choice()  # area
    resident.tap_first_choice()  # age band
    resident.tap_first_choice()  # one interest
    resident.tap("決定")
    resident.say("resident@example.jp", answers=2)
    resident.screenshot("1-registration")
    resident.say("配信設定")
    resident.screenshot("2-settings")


def faq(driver):
    resident = Resident(driver, fresh("質問さん"))
    resident.say("母子手帳を受け取りたい")
    if resident.has_button("どれでもない"):
        resident.screenshot("3-faq-choose")
        resident.tap_first_choice()
    resident.screenshot("4-faq-answer")
    resident.tap("解決しない")
    resident.screenshot("5-faq-not-solved")
    resident.say("宇宙旅行の補助金はありますか")
    resident.screenshot("6-faq-not-found")


def report(driver):
    resident = Resident(driver, fresh("通報さん"))
    resident.say("通報")
    resident.tap("道路の損傷")
    resident.send_photo(photo_of_a_pothole())
    resident.tap("位置情報", answers=0)
    resident.send_location()
    resident.say("歩道に深い穴があいています。自転車が危ないです。")
    resident.screenshot("7-report")


def hand_off(driver):
    resident = Resident(driver, fresh("相談さん"))
    resident.say("職員と話したい")
    resident.say("保育園の入園について相談したいです。", answers=0)
    time.sleep(2)  # the bot stays quiet while staff handle the conversation
    resident.screenshot("8-hand-off")


def sticker(driver):
    resident = Resident(driver, fresh("スタンプさん"))
    resident.press("sticker")
    resident.screenshot("9-sticker")


def english(driver):
    resident = Resident(driver, fresh("Alex"))
    resident.press("follow", answers=2)
    resident.tap("English")
    resident.tap("Skip")
    resident.tap("Skip")
    resident.tap("Done")
    resident.tap("Skip")
    resident.say("How do I get a maternal and child health handbook?")
    resident.screenshot("10-english")


if __name__ == "__main__":
    driver = browser()
    try:
        for flow in (registration, faq, report, hand_off, sticker, english):
            flow(driver)
    finally:
        driver.quit()
