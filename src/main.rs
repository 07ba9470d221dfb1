fn main() {
    kamervraag::main();
}
