// The entry grid's keyboard: Enter and the up/down arrows move to the same column of the next or
// previous editable row; left/right move between value and comment at the edge of the text. A row
// saves itself (htmx) when a cell changes; its feedback cell then marks the cell that needs work.
(function () {
  function cells(col) {
    return Array.prototype.filter.call(document.querySelectorAll('[data-grid] input[data-col="' + col + '"]'),
      function (input) { return !input.readOnly; });
  }

  function move(to) {
    if (to) {
      to.focus();
      to.select();
    }
  }

  document.addEventListener("keydown", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("[data-grid] input[data-col]") || event.altKey || event.ctrlKey) {
      return;
    }
    var col = input.dataset.col;
    var column = cells(col);
    var at = column.indexOf(input);
    if (event.key === "Enter" || event.key === "ArrowDown") {
      event.preventDefault();
      if (at + 1 < column.length) {
        move(column[at + 1]);
      } else {
        move(document.querySelector("[data-grid-end]:not([disabled])") || input.closest("form").querySelector("button"));
      }
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      move(column[at - 1]);
    } else if (event.key === "ArrowRight" && col === "value" && input.selectionEnd === input.value.length) {
      event.preventDefault();
      move(input.closest("tr").querySelector('input[data-col="comment"]'));
    } else if (event.key === "ArrowLeft" && col === "comment" && input.selectionStart === 0) {
      event.preventDefault();
      move(input.closest("tr").querySelector('input[data-col="value"]'));
    }
  });

  // A cell's whole content is selected when it gets the focus, by keyboard or by mouse, so that
  // typing replaces it as in a spreadsheet.
  document.addEventListener("focusin", function (event) {
    var input = event.target;
    if (input.matches && input.matches("[data-grid] input[data-col]") && !input.readOnly) {
      input.select();
      input.dataset.selected = "1";
    }
  });
  document.addEventListener("mouseup", function (event) {
    var input = event.target;
    if (input.dataset && input.dataset.selected) {
      delete input.dataset.selected;
      event.preventDefault();
    }
  });
  document.addEventListener("focusout", function (event) {
    if (event.target.dataset) {
      delete event.target.dataset.selected;
    }
  });

  // A row the server refused outright (no right to enter, session ended): say so in its feedback cell.
  document.addEventListener("htmx:responseError", function (event) {
    var grid = event.target.closest && event.target.closest("[data-grid]");
    if (grid && event.detail.target) {
      event.detail.target.textContent = grid.dataset.errorText + " (" + event.detail.xhr.status + ")";
      event.detail.target.classList.add("text-danger");
    }
  });

  // After a row's feedback arrives: show the value as stored (unless the person is in that cell)
  // and mark the cell that needs attention.
  document.addEventListener("htmx:afterSwap", function (event) {
    var result = event.target.querySelector && event.target.querySelector("[data-row-result]");
    if (!result) {
      return;
    }
    var row = event.target.closest("tr");
    var value = row.querySelector('input[data-col="value"]');
    var comment = row.querySelector('input[data-col="comment"]');
    var invalid = result.dataset.invalid || "";
    if (value !== document.activeElement && result.dataset.shown !== undefined) {
      value.value = result.dataset.shown;
    }
    [[value, "value"], [comment, "comment"]].forEach(function (pair) {
      pair[0].classList.toggle("is-invalid", invalid === pair[1]);
      if (invalid === pair[1]) {
        pair[0].setAttribute("aria-invalid", "true");
      } else {
        pair[0].removeAttribute("aria-invalid");
      }
    });
    row.classList.toggle("table-danger", invalid === "value");
    row.classList.toggle("table-warning", invalid === "comment");
  });
})();
