// A tap on a citation mark shows its source where the reader is, instead of jumping to the references;
// a second tap on the open mark follows its link, and a tap anywhere else closes it. Without this
// script a tap follows the link, and the reference links back.
let open = null;
let touch = false;

function close() {
  open?.classList.remove("open");
  open = null;
}

addEventListener("pointerdown", (e) => { touch = e.pointerType !== "mouse"; }, true);
addEventListener("keydown", (e) => {
  touch = false;
  if (e.key === "Escape") close();
});
addEventListener("click", (e) => {
  const mark = e.target.closest?.(".cite");
  if (mark && touch && mark !== open) {
    e.preventDefault();
    close();
    mark.classList.add("open");
    open = mark;
  } else {
    close();
  }
});
