export { simulate } from "@goodhart/simulator";
