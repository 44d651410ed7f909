import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// `strata.js`, the report's only script, embedded so the binary needs no resource bundle.
///
/// It draws the architecture at the date picked on the slider from the page's JSON snapshots,
/// with the geometry of ``ArchitectureSVG``, and filters the decision log; on a served front
/// page it fetches the moving parts of each moment instead, and draws the log a window at a
/// time from its data (``HTMLIndexPage/decisionLog(_:pages:absent:windowed:)``). It builds every node
/// with `createElementNS`/`textContent`, never `innerHTML`, so record text stays text. It marks
/// `<html data-script="ran">` when done and `data-csp-violation` if the browser reports one,
/// which lets a headless browser check the report.
enum HTMLReportScript {
    static let source = #"""
        "use strict";
        (function () {
          var COLUMN = 240, GAP = 20, TOP = 20, STORE_H = 44, WORKLOAD_H = 24;
          var root = document.documentElement;
          document.addEventListener("securitypolicyviolation", function (event) {
            root.setAttribute("data-csp-violation", event.violatedDirective + " " + event.blockedURI);
          });

          function byId(id) { return document.getElementById(id); }
          function token(text) { return String(text).toLowerCase().replace(/[^a-z0-9]/g, "-") || "none"; }
          function shorten(text, limit) {
            var chars = Array.from(text);
            return chars.length > limit ? chars.slice(0, limit - 1).join("") + "\u2026" : text;
          }
          function node(svg, name, attributes, text) {
            var made = document.createElementNS(svg.namespaceURI, name);
            Object.keys(attributes).forEach(function (key) { made.setAttribute(key, String(attributes[key])); });
            if (text !== undefined) { made.textContent = text; }
            return made;
          }
          function box(svg, parent, classes, x, y, width, height, lines, title, limit) {
            var group = node(svg, "g", { "class": classes });
            group.appendChild(node(svg, "title", {}, title));
            group.appendChild(node(svg, "rect", { x: x, y: y, width: width, height: height, rx: 4 }));
            lines.forEach(function (line, index) {
              group.appendChild(node(svg, "text", { x: x + 8, y: y + 16 + index * 17 }, shorten(line, limit || 32)));
            });
            parent.appendChild(group);
          }

          function drawContext(svg, context, x) {
            var column = node(svg, "g", { "class": "context-column" });
            var label = context.id + ": " + context.name;
            column.appendChild(node(svg, "title", {}, label));
            var frame = node(svg, "rect", { "class": "context", x: x, y: TOP, width: COLUMN, height: 0, rx: 8 });
            column.appendChild(frame);
            column.appendChild(node(svg, "text", { "class": "context-label", x: x + 10, y: TOP + 22 }, shorten(label, 30)));
            var y = TOP + 36, served = {};
            context.stores.forEach(function (store) {
              var lines = [store.id + ": " + store.name, store.technology + " \u00b7 " + store.role];
              box(svg, column, "store role-" + token(store.role), x + 10, y, COLUMN - 20, STORE_H, lines,
                  lines.join("\n") + "\nadopted by " + store.adoptedBy);
              var storeBottom = y + STORE_H;
              y += STORE_H + 8;
              store.workloads.forEach(function (workload) {
                served[workload.id] = true;
                column.appendChild(node(svg, "path", { "class": "wire",
                  d: "M" + (x + 20) + " " + storeBottom + " V" + (y + WORKLOAD_H / 2) + " H" + (x + 30) }));
                var line = workload.id + ": " + workload.name;
                box(svg, column, "workload", x + 30, y, COLUMN - 40, WORKLOAD_H, [line], line);
                y += WORKLOAD_H + 6;
              });
              y += 4;
            });
            context.workloads.forEach(function (workload) {
              if (served[workload.id]) { return; }
              var line = workload.id + ": " + workload.name;
              box(svg, column, "workload unserved", x + 10, y, COLUMN - 20, WORKLOAD_H, [line], line + "\nserved by no store");
              y += WORKLOAD_H + 6;
            });
            frame.setAttribute("height", String(y - TOP + 4));
            svg.appendChild(column);
            return y + 4;
          }

          function drawArchitecture(svg, report) {
            while (svg.firstChild) { svg.removeChild(svg.firstChild); }
            svg.appendChild(node(svg, "title", {}, "Architecture"));
            var bottom = TOP + 40;
            if (report.contexts.length === 0) {
              svg.appendChild(node(svg, "text", { x: GAP, y: TOP + 20 }, "No bounded context was in effect."));
            }
            report.contexts.forEach(function (context, index) {
              bottom = Math.max(bottom, drawContext(svg, context, GAP + index * (COLUMN + GAP)));
            });
            var width = Math.max(COLUMN + 2 * GAP, GAP + report.contexts.length * (COLUMN + GAP));
            svg.setAttribute("width", String(width));
            svg.setAttribute("height", String(bottom + GAP));
            svg.setAttribute("viewBox", "0 0 " + width + " " + (bottom + GAP));
          }

          // index.html?validAt=2024-06-30 (or #at=2024-06-30) opens at the design in effect that day.
          function requestedDay() {
            var query = /[?&]validAt=(\d{4}-\d{2}-\d{2})(&|$)/.exec(window.location.search);
            var hash = /^#at=(\d{4}-\d{2}-\d{2})$/.exec(window.location.hash);
            return query ? query[1] : hash ? hash[1] : null;
          }
          function indexOfDay(snapshots, day) {
            var index = 0;
            snapshots.forEach(function (snapshot, at) { if (snapshot.day <= day) { index = at; } });
            return index;
          }

          // A served page keeps both clocks in its address, so a copied URL opens the same view.
          function rememberMoment(day) {
            var form = byId("as-of-form");
            if (!form || !window.history || !window.history.replaceState) { return; }
            byId("as-of-valid-at").value = day;
            var asOf = byId("as-of").value.trim();
            var query = (asOf ? "asOf=" + encodeURIComponent(asOf) + "&" : "") + "validAt=" + day;
            window.history.replaceState(null, "", window.location.pathname + "?" + query);
          }

          // Served pages: the moment in the links between pages, with the rule of LiveLinks.
          var PAGE = /^(\.\.\/)*(index\.html|log|audit|search|diff|advisor|reviews\/waiting|[a-z0-9-]+\.html|(decisions|measurements)\/[^\/:?#]+\.html)$/;
          function carryMoment(query) {
            Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (link) {
              var href = link.getAttribute("href"), hash = href.indexOf("#");
              var fragment = hash >= 0 ? href.slice(hash) : "", path = (hash >= 0 ? href.slice(0, hash) : href).split("?")[0];
              if (PAGE.test(path)) { link.setAttribute("href", path + (query ? "?" + query : "") + fragment); }
            });
            var search = document.querySelector("form.search");
            if (!search) { return; }
            Array.prototype.forEach.call(search.querySelectorAll("input[type=hidden]"), function (old) { search.removeChild(old); });
            query.split("&").forEach(function (pair) {
              var parts = pair.split("=");
              if (parts.length !== 2) { return; }
              var field = document.createElement("input");
              field.type = "hidden";
              field.name = parts[0];
              field.value = decodeURIComponent(parts[1]);
              search.appendChild(field);
            });
          }

          // The served front page: a move of the slider fetches the page's moving parts at the
          // moment picked (moving.html) and puts them in place, and writes each decision's status
          // then into the log's rows; a newer move wins over a slower answer.
          var MOVING = ["architecture", "arch-at", "shown-moment", "when-changes", "audit"];
          // Each decision's status then, written into the log's data: [status, date], or none
          // for a decision not yet proposed, which leaves the log until a later moment.
          var showStatuses = function () {};
          function initLiveTimeline(data) {
            var moments = JSON.parse(data.textContent);
            var slider = byId("when"), picker = byId("when-date"), validAt = byId("valid-at");
            var asOf = byId("as-of").value.trim(), latest = 0, steps = 0;
            // Encoded as the server writes the moment into links (LiveMoment.query), so an address
            // copied after a move is the same text as the links on the page it opens.
            function encode(value) { return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%40/g, "@"); }
            function query(at) {
              return (asOf ? "asOf=" + encode(asOf) + "&" : "") + "validAt=" + encode(at);
            }
            function move(index, at) {
              var ticket = ++latest;
              slider.value = String(index);
              picker.value = String(index);
              validAt.value = at.slice(0, 10);
              performance.mark("strata-step-start-" + ticket);
              var address = query(at);
              fetch("moving.html?" + address, { credentials: "same-origin", headers: { "Accept": "text/html" } })
                .then(function (response) {
                  if (!response.ok) { throw new Error("the server answered " + response.status); }
                  return response.text();
                })
                .then(function (text) {
                  if (ticket !== latest) { return; }
                  var page = new DOMParser().parseFromString(text, "text/html");
                  MOVING.forEach(function (id) {
                    var now = byId(id), next = page.getElementById(id);
                    if (now && next) { now.parentNode.replaceChild(document.importNode(next, true), now); }
                  });
                  showStatuses(JSON.parse(page.getElementById("decision-statuses").textContent));
                  if (window.history && window.history.replaceState) {
                    window.history.replaceState(null, "", window.location.pathname + "?" + address);
                  }
                  byId("as-of-valid-at").value = at;
                  carryMoment(address);
                  refilter(true);
                  localTimes();
                  performance.measure("strata-step", "strata-step-start-" + ticket);
                  steps += 1;
                  root.setAttribute("data-step-count", String(steps));
                })
                .catch(function (error) { root.setAttribute("data-step-error", String(error)); });
            }
            slider.addEventListener("input", function () { move(Number(slider.value), moments[Number(slider.value)].at); });
            picker.addEventListener("change", function () { move(Number(picker.value), moments[Number(picker.value)].at); });
            validAt.addEventListener("change", function () {
              if (/^\d{4}-\d{2}-\d{2}$/.test(validAt.value)) { move(indexOfDay(moments, validAt.value), validAt.value); }
            });
          }

          function initTimeline() {
            var live = byId("live-moments");
            if (live) { return initLiveTimeline(live); }
            var data = byId("snapshots");
            if (!data) { return; }
            var timeline = JSON.parse(data.textContent), snapshots = timeline.moments;
            var slider = byId("when"), picker = byId("when-date"), svg = byId("arch-at-svg");
            var holder = byId("arch-at"), changes = byId("when-changes"), validAt = byId("valid-at");
            function show(index, day) {
              var snapshot = snapshots[index];
              slider.value = String(index);
              picker.value = String(index);
              validAt.value = day || snapshot.day;
              drawArchitecture(svg, { contexts: timeline.designs[snapshot.design] });
              while (changes.firstChild) { changes.removeChild(changes.firstChild); }
              snapshot.changes.forEach(function (text) {
                var item = document.createElement("li");
                item.textContent = text;
                changes.appendChild(item);
              });
              holder.setAttribute("data-rendered", snapshot.at);
            }
            // Only a move of the reader's rewrites the address; opening the page leaves it as it came.
            function moved(index, day) { show(index, day); rememberMoment(validAt.value); }
            slider.addEventListener("input", function () { moved(Number(slider.value)); });
            picker.addEventListener("change", function () { moved(Number(picker.value)); });
            validAt.addEventListener("change", function () {
              if (/^\d{4}-\d{2}-\d{2}$/.test(validAt.value)) { moved(indexOfDay(snapshots, validAt.value), validAt.value); }
            });
            var day = requestedDay();
            show(day ? indexOfDay(snapshots, day) : snapshots.length - 1, day);
          }

          // Filters the decision log again; the served front page calls it after a move brings new statuses.
          var refilter = function () {};
          function initFilters() {
            if (!byId("decision-table")) { return; }
            var status = byId("filter-status"), tag = byId("filter-tag"), technology = byId("filter-technology");
            var text = byId("filter-text"), count = byId("filter-count");
            var data = byId("decision-rows");
            var apply = data ? windowedLog(JSON.parse(data.textContent), status, tag, technology, text, count) : function () {
              var rows = Array.prototype.slice.call(byId("decision-table").tBodies[0].rows);
              var query = text.value.trim().toLowerCase(), shown = 0;
              rows.forEach(function (row) {
                var keep = (!status.value || row.getAttribute("data-status") === status.value)
                  && (!tag.value || JSON.parse(row.getAttribute("data-tags") || "[]").indexOf(tag.value) >= 0)
                  && (!technology.value || JSON.parse(row.getAttribute("data-technologies") || "[]").indexOf(technology.value) >= 0)
                  && (!query || row.textContent.toLowerCase().indexOf(query) >= 0);
                row.hidden = !keep;
                if (keep) { shown += 1; }
              });
              count.textContent = shown + " of " + rows.length;
            };
            [status, tag, technology].forEach(function (select) { select.addEventListener("change", apply); });
            text.addEventListener("input", apply);
            refilter = apply;
            apply();
          }

          // The served front page's log: the decisions as data (HTMLIndexPage.WindowedRow: id,
          // title, status, date, tags, technologies, page, absent), filtered there, and drawn a
          // window at a time, so thousands of decisions are not thousands of table rows.
          var WINDOW = 100;   // HTMLIndexPage.window: the rows the server drew first
          function windowedLog(entries, status, tag, technology, text, count) {
            var body = byId("decision-table").tBodies[0], more = byId("decision-more"), limit = WINDOW;
            function moment() {
              return window.location.search.slice(1).split("&").filter(function (pair) {
                return /^(asOf|validAt)=/.test(pair);
              }).join("&");
            }
            function cell(row, text) {
              var made = document.createElement("td");
              if (text !== undefined) { made.textContent = text; }
              row.appendChild(made);
              return made;
            }
            function draw(entry, query) {
              var row = document.createElement("tr");
              row.setAttribute("data-id", entry[0]);
              row.setAttribute("data-status", entry[2]);
              row.setAttribute("data-tags", JSON.stringify(entry[4]));
              row.setAttribute("data-technologies", JSON.stringify(entry[5]));
              var id = cell(row);
              if (entry[6]) {
                var link = document.createElement("a");
                link.setAttribute("href", "decisions/" + entry[6] + (query ? "?" + query : ""));
                link.textContent = entry[0];
                id.appendChild(link);
              } else {
                id.textContent = entry[0];
              }
              cell(row, entry[1]);
              var badge = document.createElement("span");
              badge.setAttribute("class", "status status-" + token(entry[2]));
              badge.textContent = entry[2];
              cell(row).appendChild(badge);
              cell(row, entry[3]);
              cell(row, entry[4].join(", "));
              cell(row, entry[5].join(", "));
              return row;
            }
            function apply(keepLimit) {
              if (keepLimit !== true) { limit = WINDOW; }
              var query = text.value.trim().toLowerCase(), present = 0, matching = [];
              entries.forEach(function (entry) {
                if (entry[7]) { return; }
                present += 1;
                var keep = (!status.value || entry[2] === status.value)
                  && (!tag.value || entry[4].indexOf(tag.value) >= 0)
                  && (!technology.value || entry[5].indexOf(technology.value) >= 0)
                  && (!query || [entry[0], entry[1], entry[2], entry[3], entry[4].join(", "), entry[5].join(", ")].join(" ").toLowerCase().indexOf(query) >= 0);
                if (keep) { matching.push(entry); }
              });
              var fragment = document.createDocumentFragment(), address = moment();
              matching.slice(0, limit).forEach(function (entry) { fragment.appendChild(draw(entry, address)); });
              while (body.firstChild) { body.removeChild(body.firstChild); }
              body.appendChild(fragment);
              count.textContent = matching.length + " of " + present;
              var left = matching.length - limit;
              more.hidden = left <= 0;
              more.textContent = "Show " + Math.min(WINDOW, left) + " more (" + left + " not shown)";
            }
            more.addEventListener("click", function () { limit += WINDOW; apply(true); });
            showStatuses = function (statuses) {
              entries.forEach(function (entry) {
                var shown = statuses[entry[0]];
                entry[7] = shown ? 0 : 1;
                if (shown) { entry[2] = shown[0]; entry[3] = shown[1]; }
              });
            };
            return apply;
          }

          // Instants are written to the minute in UTC; the reader sees them in their own zone.
          function localTimes() {
            Array.prototype.forEach.call(document.querySelectorAll("time[datetime]"), function (element) {
              var at = new Date(element.getAttribute("datetime"));
              if (isNaN(at.getTime())) { return; }
              function two(n) { return (n < 10 ? "0" : "") + n; }
              var zone = "";
              try { zone = new Intl.DateTimeFormat(undefined, { timeZoneName: "short" }).formatToParts(at)
                .filter(function (part) { return part.type === "timeZoneName"; }).map(function (part) { return part.value; }).join(""); } catch (e) {}
              element.textContent = at.getFullYear() + "-" + two(at.getMonth() + 1) + "-" + two(at.getDate()) + " "
                + two(at.getHours()) + ":" + two(at.getMinutes()) + (zone ? " " + zone : "");
              element.setAttribute("title", element.getAttribute("datetime"));
            });
          }

          initTimeline();
          initFilters();
          localTimes();
          root.setAttribute("data-script", "ran");
        })();

        """#
}
