// The participant page: join with the link's token (or the code on the wall), then vote, rate and add notes.
// Plain JavaScript, no libraries. Every word comes from the strings table the server put in the page.
"use strict";
(function () {
  const T = JSON.parse(document.getElementById("strings").textContent);
  const $ = (id) => document.getElementById(id);
  const say = (key, values) => (T[key] || key).replace(/\{(\w+)\}/g, (_, k) => (values && k in values ? values[k] : ""));
  const store = window.sessionStorage;
  let socket = null, state = null, refused = false, retry = 0, tick = null, deadline = null;
  let cardsKey = "", checkKey = "", lanesKey = "";

  document.querySelectorAll("[data-text]").forEach((el) => { el.textContent = say(el.dataset.text); });

  function status(text, warn) {
    const el = $("status");
    el.textContent = text || "";
    el.classList.toggle("warn", !!warn);
  }

  function show(step) {
    $("code-step").hidden = step !== "code";
    $("name-step").hidden = step !== "name";
    $("room").hidden = step !== "room";
  }

  function start() {
    const fromLink = window.location.hash.slice(1);
    if (fromLink) {
      store.setItem("token", decodeURIComponent(fromLink));
      history.replaceState(null, "", window.location.pathname);  // the token leaves the address bar
    }
    if (!store.getItem("token")) { show("code"); $("code").focus(); return; }
    if (store.getItem("joined") === null) { show("name"); $("name").focus(); return; }
    connect();
  }

  $("code-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const code = $("code").value;
    try {
      const reply = await fetch("/api/code", { method: "POST", headers: { "Content-Type": "application/json" },
                                               body: JSON.stringify({ code: code }) });
      const data = await reply.json();
      if (reply.ok && data.token) { store.setItem("token", data.token); start(); return; }
      status(say(reply.status === 429 ? "code_slow" : "code_wrong"), true);
    } catch (e) { status(say("code_wrong"), true); }
    $("code").focus();
  });

  $("name-form").addEventListener("submit", (event) => {
    event.preventDefault();
    store.setItem("joined", $("name").value.trim().slice(0, 40));
    connect();
  });

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  function connect() {
    show("room");
    status(say("connecting"));
    const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + "/api/ws");
    socket.addEventListener("open", () => {
      retry = 0;
      const hello = { type: "hello", token: store.getItem("token"), name: store.getItem("joined") || "" };
      if (store.getItem("key")) hello.key = store.getItem("key");
      send(hello);
    });
    socket.addEventListener("message", (event) => {
      let data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === "welcome") { store.setItem("key", data.key); status(say("connected")); }
      else if (data.type === "state") render(data);
      else if (data.type === "refused") {
        refused = true;
        status(say(/full/.test(data.reason) ? "full" : "not_this_room"), true);
        store.removeItem("token"); store.removeItem("key");
      } else if (data.type === "error") status(say("error", { reason: data.reason }), true);
      else if (data.type === "slow_down") status(say("slow_down"), true);
    });
    socket.addEventListener("close", (event) => {
      if (refused) return;
      if (event.code === 1001) { status(say("closed")); return; }
      status(say("reconnecting"), true);
      retry = Math.min(retry + 1, 6);
      window.setTimeout(connect, 300 * retry * retry);
    });
  }

  function render(data) {
    state = data;
    $("title").textContent = data.title;
    $("where").textContent = data.stage ? say("stage", data.stage) : say("no_stage");
    $("who").textContent = data.name ? say("you_are", { name: data.name }) : say("anonymous");
    renderCheck(data.check);
    renderVote(data.round);
    renderNote(data.stage);
    renderMine(data.notes || []);
  }

  function renderVote(round) {
    $("vote").hidden = !round;
    window.clearInterval(tick);
    if (!round) { cardsKey = ""; return; }
    const key = JSON.stringify(round.lanes);
    if (key !== cardsKey) {
      cardsKey = key;
      const box = $("vote-lanes");
      box.textContent = "";
      round.lanes.forEach((lane) => {
        const h = document.createElement("h3");
        h.className = "lane"; h.textContent = lane.title;
        box.appendChild(h);
        lane.cards.forEach((card) => box.appendChild(cardRow(card)));
      });
    }
    const placed = round.placed || {};
    const used = Object.values(placed).reduce((a, b) => a + b, 0);
    const left = round.dots - used;
    document.querySelectorAll("#vote-lanes .card").forEach((row) => {
      const n = placed[row.dataset.card] || 0;
      row.querySelector("output").textContent = String(n);
      row.querySelector("output").setAttribute("aria-label", say("vote_count", { count: n }));
      row.querySelector(".add").disabled = !round.open || left <= 0;
      row.querySelector(".remove").disabled = !round.open || n <= 0;
    });
    deadline = round.left === null || round.left === undefined ? null : Date.now() + round.left * 1000;
    const line = () => {
      let text = round.open ? say("vote_left", { left: left, dots: round.dots }) : say("vote_closed");
      if (round.open && deadline !== null) {
        const s = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        text += " \u00b7 " + say("vote_time", { time: Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0") });
      }
      $("vote-left").textContent = text;
    };
    line();
    if (round.open && deadline !== null) tick = window.setInterval(line, 1000);
  }

  function cardRow(card) {
    const row = document.createElement("div");
    row.className = "card"; row.dataset.card = card.id;
    const text = document.createElement("p");
    text.textContent = card.text;
    const dots = document.createElement("div");
    dots.className = "dots";
    const remove = document.createElement("button");
    remove.type = "button"; remove.className = "remove quiet"; remove.textContent = "\u2212";
    remove.setAttribute("aria-label", say("vote_remove", { text: card.text }));
    remove.addEventListener("click", () => send({ type: "dot", card: card.id, add: false }));
    const count = document.createElement("output");
    const add = document.createElement("button");
    add.type = "button"; add.className = "add"; add.textContent = "+";
    add.setAttribute("aria-label", say("vote_add", { text: card.text }));
    add.addEventListener("click", () => send({ type: "dot", card: card.id, add: true }));
    dots.append(remove, count, add);
    row.append(text, dots);
    return row;
  }

  function renderCheck(check) {
    $("check").hidden = !check;
    if (!check) { checkKey = ""; return; }
    const key = JSON.stringify([check.step, check.persona, check.scale]);
    if (key !== checkKey) {
      checkKey = key;
      $("check-heading").textContent = say("check_heading", check);
      const box = $("check-scale");
      box.textContent = "";
      check.scale.forEach((level) => {
        const b = document.createElement("button");
        b.type = "button"; b.dataset.value = String(level.value);
        b.textContent = (level.value > 0 ? "+" : level.value < 0 ? "\u2212" : "") + Math.abs(level.value) + "  " + level.word;
        b.addEventListener("click", () => send({ type: "rate", value: level.value }));
        box.appendChild(b);
      });
    }
    $("check-scale").querySelectorAll("button").forEach((b) => {
      b.setAttribute("aria-pressed", String(check.mine !== null && String(check.mine) === b.dataset.value));
    });
    $("check-sent").hidden = check.mine === null || check.mine === undefined;
  }

  function renderNote(stage) {
    $("note-form").hidden = !stage || !stage.lanes.length;
    $("note-closed").hidden = !!stage && stage.lanes.length > 0;
    if (!stage) { lanesKey = ""; return; }
    const key = JSON.stringify([stage.lanes, stage.steps]);
    if (key === lanesKey) return;
    lanesKey = key;
    const chosen = (document.querySelector("#note-lanes input:checked") || {}).value;
    const lanes = $("note-lanes");
    lanes.textContent = "";
    stage.lanes.forEach((lane, i) => {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "radio"; input.name = "lane"; input.value = lane.id;
      input.checked = lane.id === chosen || (!chosen && i === 0);
      label.append(input, document.createTextNode(lane.title));
      lanes.appendChild(label);
    });
    const steps = $("note-step");
    steps.textContent = "";
    stage.steps.forEach((step) => {
      const option = document.createElement("option");
      option.value = step.id; option.textContent = step.name;
      steps.appendChild(option);
    });
  }

  $("note-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("note-text").value.trim();
    const lane = document.querySelector("#note-lanes input:checked");
    if (!text || !lane) { $("note-text").focus(); return; }
    send({ type: "note", lane: lane.value, step: $("note-step").value, text: text });
    $("note-text").value = "";
    status(say("note_sent"));
  });

  function renderMine(notes) {
    $("mine-heading").hidden = notes.length === 0;
    const list = $("mine");
    list.textContent = "";
    notes.forEach((note) => {
      const li = document.createElement("li");
      const what = document.createElement("span");
      what.className = note.state;
      what.textContent = say("note_" + note.state);
      li.append(what, document.createTextNode(": " + note.text));
      list.appendChild(li);
    });
  }

  start();
})();
